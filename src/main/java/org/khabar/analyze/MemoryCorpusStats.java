package org.khabar.analyze;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.khabar.store.CorpusStats;

/** In-memory {@link CorpusStats}, for tests, evaluation and benchmarks. Thread-safe. */
public final class MemoryCorpusStats implements CorpusStats {

    private final HashMap<String, long[]> df = new HashMap<>();
    private long docs;

    @Override
    public synchronized long documentCount() {
        return docs;
    }

    @Override
    public synchronized Map<String, Long> documentFrequencies(Collection<String> keys) {
        Map<String, Long> out = new HashMap<>(keys.size() * 2);
        for (String k : keys) {
            long[] c = df.get(k);
            out.put(k, c == null ? 0L : c[0]);
        }
        return out;
    }

    /** Document frequency of one key (0 if never seen). */
    public synchronized long df(String key) {
        long[] c = df.get(key);
        return c == null ? 0 : c[0];
    }

    @Override
    public synchronized void addDocument(Collection<String> distinctKeys) {
        docs++;
        for (String k : distinctKeys) {
            df.computeIfAbsent(k, x -> new long[1])[0]++;
        }
    }

    @Override
    public void flush() {
        // nothing to persist
    }

    public synchronized int size() {
        return df.size();
    }
}
