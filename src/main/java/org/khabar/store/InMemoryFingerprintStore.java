package org.khabar.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** {@link FingerprintStore} in memory, for evaluation runs and tests; one lock serialises every unit of work. */
public final class InMemoryFingerprintStore implements FingerprintStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, StoredFingerprint> fingerprints = new HashMap<>();
    private final Map<Long, long[]> bandsOf = new HashMap<>();
    private final Map<Long, List<Long>> buckets = new HashMap<>();
    private final Map<Long, Long> groupOf = new HashMap<>();
    private final Map<Long, Long> canonicalOf = new HashMap<>();
    private final Map<Long, TreeSet<Long>> membersOf = new HashMap<>();
    private final Session session = new Session();

    @Override
    public <T> T atomically(Function<FingerprintSession, T> work) {
        lock.lock();
        try {
            return work.apply(session);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long size() {
        lock.lock();
        try {
            return fingerprints.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
    }

    private final class Session implements FingerprintSession {
        @Override
        public Set<Long> candidates(long[] bandKeys) {
            Set<Long> out = new LinkedHashSet<>();
            for (long key : bandKeys) {
                List<Long> ids = buckets.get(key);
                if (ids != null) out.addAll(ids);
            }
            return out;
        }

        @Override
        public Map<Long, StoredFingerprint> fingerprints(Collection<Long> ids) {
            Map<Long, StoredFingerprint> out = new HashMap<>();
            for (Long id : ids) {
                StoredFingerprint fp = fingerprints.get(id);
                if (fp != null) out.put(id, fp);
            }
            return out;
        }

        @Override
        public void put(StoredFingerprint fp, long[] bandKeys) {
            long[] old = bandsOf.put(fp.articleId(), bandKeys.clone());
            if (old != null) for (long key : old) buckets.getOrDefault(key, new ArrayList<>()).remove(fp.articleId());
            fingerprints.put(fp.articleId(), fp);
            Set<Long> distinct = new HashSet<>();
            for (long key : bandKeys) {
                if (distinct.add(key)) buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(fp.articleId());
            }
        }

        @Override
        public OptionalLong groupOf(long articleId) {
            Long g = groupOf.get(articleId);
            return g == null ? OptionalLong.empty() : OptionalLong.of(g);
        }

        @Override
        public List<Long> members(long groupId) {
            return new ArrayList<>(membersOf.getOrDefault(groupId, new TreeSet<>()));
        }

        @Override
        public OptionalLong canonical(long groupId) {
            Long c = canonicalOf.get(groupId);
            return c == null ? OptionalLong.empty() : OptionalLong.of(c);
        }

        @Override
        public void saveGroup(long groupId, long canonicalId, Collection<Long> members) {
            canonicalOf.put(groupId, canonicalId);
            TreeSet<Long> set = membersOf.computeIfAbsent(groupId, g -> new TreeSet<>());
            for (Long m : members) {
                Long previous = groupOf.put(m, groupId);
                if (previous != null && previous != groupId) membersOf.get(previous).remove(m);
                set.add(m);
            }
        }

        @Override
        public void deleteGroup(long groupId) {
            TreeSet<Long> left = membersOf.remove(groupId);
            canonicalOf.remove(groupId);
            if (left != null) for (Long m : left) groupOf.remove(m, groupId);
        }
    }
}
