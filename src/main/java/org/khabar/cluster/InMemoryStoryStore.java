package org.khabar.cluster;

import org.khabar.store.StoryStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stories kept in memory: for evaluation, benchmarks and tests. Thread-safe by a single lock. */
public final class InMemoryStoryStore implements StoryStore {
    private static final Comparator<Member> OLDEST_FIRST =
            Comparator.comparing(Member::published).thenComparingLong(Member::articleId);

    private final Map<Long, Map<Long, Member>> members = new HashMap<>();
    private final Map<Long, Long> redirects = new HashMap<>();
    private final Map<Long, Long> storyOfArticle = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized long createStory() {
        long id = nextId++;
        members.put(id, new HashMap<>());
        return id;
    }

    @Override
    public synchronized void assign(long storyId, Member member) {
        requireLive(storyId);
        Long old = storyOfArticle.put(member.articleId(), storyId);
        if (old != null) members.get(old).remove(member.articleId());
        members.get(storyId).put(member.articleId(), member);
    }

    @Override
    public synchronized void move(Collection<Long> articleIds, long toStoryId) {
        requireLive(toStoryId);
        for (long a : articleIds) {
            Long old = storyOfArticle.get(a);
            if (old == null) continue;
            Member m = members.get(old).remove(a);
            members.get(toStoryId).put(a, m);
            storyOfArticle.put(a, toStoryId);
        }
    }

    @Override
    public synchronized void merge(long fromId, long intoId) {
        if (fromId == intoId) throw new IllegalArgumentException("cannot merge story " + fromId + " into itself");
        requireLive(fromId);
        requireLive(intoId);
        move(new ArrayList<>(members.get(fromId).keySet()), intoId);
        redirects.put(fromId, intoId);
    }

    @Override
    public synchronized Optional<Story> story(long id) {
        Map<Long, Member> ms = members.get(id);
        if (ms == null) return Optional.empty();
        Instant first = ms.values().stream().map(Member::published).min(Comparator.naturalOrder()).orElse(null);
        Instant last = ms.values().stream().map(Member::published).max(Comparator.naturalOrder()).orElse(null);
        Set<String> outlets = new HashSet<>();
        ms.values().forEach(m -> outlets.add(m.sourceId()));
        return Optional.of(new Story(id, first, last, ms.size(), outlets.size(), redirects.get(id)));
    }

    @Override
    public synchronized long resolve(long id) {
        long cur = id;
        for (int hops = 0; redirects.containsKey(cur); hops++) {
            if (hops > 1000) throw new IllegalStateException("redirect cycle at story " + id);
            cur = redirects.get(cur);
        }
        return cur;
    }

    @Override
    public synchronized Optional<Long> storyOf(long articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId));
    }

    @Override
    public synchronized List<Member> members(long storyId) {
        Map<Long, Member> ms = members.get(storyId);
        if (ms == null) return List.of();
        return ms.values().stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<Story> recent(Instant since, int limit) {
        return members.keySet().stream()
                .filter(id -> !redirects.containsKey(id))
                .map(id -> story(id).orElseThrow())
                .filter(s -> s.lastPublished() != null && !s.lastPublished().isBefore(since))
                .sorted(Comparator.comparing(Story::lastPublished).reversed().thenComparing(Story::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Activity> active(Instant since, Instant growthSince, int limit) {
        return recent(since, limit).stream()
                .map(st -> new Activity(st, (int) members.get(st.id()).values().stream()
                        .filter(m -> !m.published().isBefore(growthSince)).count()))
                .toList();
    }

    @Override
    public synchronized Optional<Instant> lastPublished(Instant notAfter) {
        return storyOfArticle.entrySet().stream()
                .map(e -> members.get(e.getValue()).get(e.getKey()).published())
                .filter(p -> !p.isAfter(notAfter))
                .max(Comparator.naturalOrder());
    }

    private void requireLive(long id) {
        if (!members.containsKey(id)) throw new IllegalArgumentException("unknown story " + id);
        if (redirects.containsKey(id)) throw new IllegalArgumentException("story " + id + " was merged into " + redirects.get(id));
    }
}
