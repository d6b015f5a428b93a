package org.khabar.analyze;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.khabar.store.CorpusStats;

/**
 * In-memory {@link CorpusStats}, for tests, evaluation and benchmarks. Thread-safe. It lists no documents counted
 * ({@link #documentsSince}): its look-ups cost no more than bringing a reader's figures up to date would.
 */
public final class MemoryCorpusStats implements CorpusStats {

    private final HashMap<String, long[]> df = new HashMap<>();
    private long docs;
    private long retaggedAt;
    private long retaggedWith;

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
    public synchronized long retaggedAt() {
        return retaggedAt;
    }

    @Override
    public synchronized long retaggedWith() {
        return retaggedWith;
    }

    @Override
    public synchronized void setRetagged(long documents, long taggerVersion) {
        if (documents < 0) throw new IllegalArgumentException("documents must be >= 0, got " + documents);
        retaggedAt = documents;
        retaggedWith = taggerVersion;
    }

    @Override
    public void flush() {
        // nothing to persist
    }

    /** Writes the counts to a file (gzip), so evaluations can reuse statistics built once. */
    public synchronized void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file)), 1 << 16))) {
            out.writeLong(docs);
            out.writeInt(df.size());
            for (Map.Entry<String, long[]> e : df.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
            }
        }
    }

    /** Reads counts written by {@link #save}. */
    public static MemoryCorpusStats load(Path file) throws IOException {
        MemoryCorpusStats s = new MemoryCorpusStats();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file)), 1 << 16))) {
            s.docs = in.readLong();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String k = in.readUTF();
                s.df.put(k, new long[] {in.readLong()});
            }
        }
        return s;
    }

    public synchronized int size() {
        return df.size();
    }
}
