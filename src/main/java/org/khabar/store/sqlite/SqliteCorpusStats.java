package org.khabar.store.sqlite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.khabar.store.CorpusStats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CorpusStats} on SQLite, built for the analyzer's hot path (hundreds of keys per article, both ways).
 *
 * <p>Increments are kept in memory and written additively ({@code df = df + excluded.df}) in one transaction per
 * flush, every {@code flushEveryDocs} documents or when too many distinct keys are pending, and on
 * {@link #flush()}. Reads come from a bounded cache of stored frequencies plus this instance's pending increments;
 * only keys never seen by this instance go to the database. Another process's increments become visible when its
 * flush lands and the cached entry expires or is evicted; additivity is exact, visibility between flushes is not.
 */
public final class SqliteCorpusStats implements CorpusStats {

    static final int DEFAULT_FLUSH_EVERY_DOCS = 2_000;
    static final int DEFAULT_MAX_PENDING_KEYS = 500_000;
    static final long DEFAULT_CACHE_ENTRIES = 2_000_000;
    private static final Duration CACHE_TTL = Duration.ofMinutes(10);

    private final SqliteDatabase db;
    private final int flushEveryDocs;
    private final int maxPendingKeys;
    /** Stored (flushed) frequencies as last read or written by this instance; absent keys are cached as 0. */
    private final Cache<String, Long> stored;

    private final Object lock = new Object();
    /** Increments not yet written; guarded by {@link #lock}. int[1] so counting doesn't box. */
    private HashMap<String, int[]> pending = new HashMap<>();
    private long pendingDocs;
    private long storedDocs;
    /** Bumped by every flush; a read that overlapped one does not cache what it loaded. */
    private long flushes;

    public SqliteCorpusStats(SqliteDatabase db) {
        this(db, DEFAULT_FLUSH_EVERY_DOCS, DEFAULT_MAX_PENDING_KEYS, DEFAULT_CACHE_ENTRIES);
    }

    public SqliteCorpusStats(SqliteDatabase db, int flushEveryDocs, int maxPendingKeys, long cacheEntries) {
        if (flushEveryDocs < 1 || maxPendingKeys < 1 || cacheEntries < 0) {
            throw new IllegalArgumentException("flushEveryDocs, maxPendingKeys must be >= 1, cacheEntries >= 0");
        }
        this.db = db;
        this.flushEveryDocs = flushEveryDocs;
        this.maxPendingKeys = maxPendingKeys;
        this.stored = Caffeine.newBuilder().maximumSize(cacheEntries).expireAfterWrite(CACHE_TTL).build();
        this.storedDocs = readDocumentCount();
    }

    @Override
    public long documentCount() {
        synchronized (lock) {
            return storedDocs + pendingDocs;
        }
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> keys) {
        Map<String, Long> out = new HashMap<>(Math.max(16, keys.size() * 2));
        List<String> misses = new ArrayList<>();
        long generation;
        synchronized (lock) {
            generation = flushes;
            for (String key : keys) {
                Long v = stored.getIfPresent(key);
                if (v == null) {
                    misses.add(key);
                } else {
                    int[] inc = pending.get(key);
                    out.put(key, inc == null ? v : v + inc[0]);
                }
            }
        }
        if (misses.isEmpty()) return out;
        Map<String, Long> loaded = load(misses);
        synchronized (lock) {
            // A flush that ran during the load may or may not be in the loaded values: don't cache them then.
            boolean cacheable = generation == flushes;
            for (String key : misses) {
                long v = loaded.getOrDefault(key, 0L);
                if (cacheable) stored.put(key, v);
                int[] inc = pending.get(key);
                out.put(key, inc == null ? v : v + inc[0]);
            }
        }
        return out;
    }

    private Map<String, Long> load(List<String> keys) {
        return db.read(c -> {
            Map<String, Long> found = new HashMap<>();
            for (int from = 0; from < keys.size(); from += SqliteArticleStore.IN_CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SqliteArticleStore.IN_CHUNK));
                try (PreparedStatement ps = SqliteArticleStore.prepare(c, "SELECT key, df FROM corpus_df WHERE key IN ("
                        + SqliteArticleStore.placeholders(chunk.size()) + ")", chunk.toArray());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(rs.getString(1), rs.getLong(2));
                }
            }
            return found;
        });
    }

    @Override
    public void addDocument(Collection<String> distinctKeys) {
        boolean due;
        synchronized (lock) {
            for (String key : distinctKeys) {
                int[] inc = pending.get(key);
                if (inc == null) pending.put(key, new int[]{1});
                else inc[0]++;
            }
            pendingDocs++;
            due = pendingDocs >= flushEveryDocs || pending.size() >= maxPendingKeys;
        }
        if (due) flush();
    }

    @Override
    public void flush() {
        HashMap<String, int[]> batch;
        long docs;
        synchronized (lock) {
            if (pendingDocs == 0 && pending.isEmpty()) return;
            batch = pending;
            docs = pendingDocs;
            pending = new HashMap<>();
            pendingDocs = 0;
            flushes++;
            // Moved to the stored side at once so readers never see the batch vanish while it is being written.
            storedDocs += docs;
            for (Map.Entry<String, int[]> e : batch.entrySet()) {
                stored.asMap().computeIfPresent(e.getKey(), (k, v) -> v + e.getValue()[0]);
            }
        }
        // Sorted keys walk the primary-key B-tree in order: far fewer page touches than random order.
        String[] keys = batch.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        long total;
        try {
            total = db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_df (key, df) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET df = corpus_df.df + excluded.df")) {
                    for (String key : keys) {
                        ps.setString(1, key);
                        ps.setLong(2, batch.get(key)[0]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                SqliteArticleStore.update(c,
                        "UPDATE corpus_counters SET value = value + ? WHERE name = 'documents'", docs);
                return SqliteArticleStore.count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'");
            });
        } catch (RuntimeException e) {
            restore(batch, docs);
            throw e;
        }
        synchronized (lock) {
            // The stored count now includes every other process's flushed documents too.
            storedDocs = Math.max(storedDocs, total);
        }
    }

    /** A failed flush puts its increments back as pending, so a later flush can still write them. */
    private void restore(Map<String, int[]> batch, long docs) {
        synchronized (lock) {
            flushes++;
            storedDocs -= docs;
            pendingDocs += docs;
            for (Map.Entry<String, int[]> e : batch.entrySet()) {
                stored.invalidate(e.getKey());
                int[] inc = pending.get(e.getKey());
                if (inc == null) pending.put(e.getKey(), e.getValue());
                else inc[0] += e.getValue()[0];
            }
        }
    }

    private long readDocumentCount() {
        return db.read(c -> SqliteArticleStore.count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'"));
    }
}
