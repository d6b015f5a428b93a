package org.khabar.cluster;

import org.khabar.store.CorpusStats;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Document frequencies kept in memory: for evaluation, benchmarks and tests (the store keeps the real ones). */
public final class InMemoryCorpusStats implements CorpusStats {
    private final ConcurrentHashMap<String, Long> df = new ConcurrentHashMap<>();
    private final AtomicLong docs = new AtomicLong();

    @Override
    public long documentCount() {
        return docs.get();
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> keys) {
        Map<String, Long> out = new HashMap<>(keys.size() * 2);
        for (String k : keys) out.put(k, df.getOrDefault(k, 0L));
        return out;
    }

    @Override
    public void addDocument(Collection<String> distinctKeys) {
        for (String k : distinctKeys) df.merge(k, 1L, Long::sum);
        docs.incrementAndGet();
    }

    /** Adds every count of {@code other} to this one. */
    public void addAll(InMemoryCorpusStats other) {
        other.df.forEach((k, v) -> df.merge(k, v, Long::sum));
        docs.addAndGet(other.docs.get());
    }

    @Override
    public void flush() {
        // nothing pending: every increment is applied immediately
    }
}
