package org.khabar.store.sqlite;

import org.khabar.store.jdbc.CorpusCounters;
import org.khabar.store.jdbc.Sql;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.khabar.store.CorpusStats;
import org.khabar.store.CountJournal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link CorpusStats} on SQLite, built for the analyzer's hot path: ~500–1500 keys counted and a few hundred looked
 * up per article.
 *
 * <ul>
 *   <li>Keys are stored as 64-bit hashes ({@link KeyHash}); the table is {@code corpus_df(key_hash, df)}.</li>
 *   <li>Increments are kept in memory and written additively ({@code df = df + excluded.df}) in one transaction per
 *       flush, on {@link #flush()} and automatically every {@code flushEveryDocs} documents or when too many
 *       distinct keys are pending. Automatic flushes run on a background thread: writing ~1M rows takes seconds,
 *       which the analyzer thread should not wait for (it waits only if a second batch fills up meanwhile).
 *       The whole batch goes to SQLite as one JSON object, so the per-row work runs in SQLite's C code rather than
 *       in one JDBC round trip per key.</li>
 *   <li>Reads are served from memory: a cache of stored frequencies, this instance's pending increments, and a
 *       Bloom filter of every key known to be stored (loaded at open, extended by our flushes), so a key that was
 *       never counted — most phrases of a new article — is answered 0 without touching the database. Only keys
 *       possibly stored but not cached are read from SQLite.</li>
 * </ul>
 * Additivity across processes is exact. Visibility is not: another process's counts show up here for keys we have
 * not cached, and in {@link #documentCount()} after our next flush.
 */
public final class SqliteCorpusStats implements CorpusStats {

    static final int DEFAULT_FLUSH_EVERY_DOCS = 5_000;
    static final int DEFAULT_MAX_PENDING_KEYS = 1_000_000;
    static final int DEFAULT_CACHE_ENTRIES = 4_000_000;
    /** Bloom filter capacity at 1% false positives: ~1.2 MB per million keys. */
    static final long MIN_BLOOM_KEYS = 8_000_000;

    private final SqliteDatabase db;
    private final int flushEveryDocs;
    private final int maxPendingKeys;
    private final int maxCacheEntries;

    private final Object lock = new Object();
    /**
     * Serialises reading stored counts from the database with writing a batch to it. Without it, a key that is
     * stored but not cached, read while its batch is in flight (already out of pending, not yet in the table),
     * would be counted short. Order: dbSync before lock.
     */
    private final Object dbSync = new Object();
    // All guarded by lock. Lucene's primitive hppc maps: no boxing for millions of entries.
    private LongIntHashMap pending = new LongIntHashMap();
    private final LongIntHashMap stored = new LongIntHashMap();
    private final Bloom known;
    private long pendingDocs;
    private long storedDocs;
    /** This instance's own recent documents, for {@link #documentsSince}. */
    private final CountJournal journal = new CountJournal();
    /** Bumped by every flush; a read that overlapped one does not cache what it loaded. */
    private long flushes;
    /** The automatic flush running in the background, if any. */
    private Future<?> inFlight;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-stats-flush");
        t.setDaemon(true);
        return t;
    });

    public SqliteCorpusStats(SqliteDatabase db) {
        this(db, DEFAULT_FLUSH_EVERY_DOCS, DEFAULT_MAX_PENDING_KEYS, DEFAULT_CACHE_ENTRIES);
    }

    public SqliteCorpusStats(SqliteDatabase db, int flushEveryDocs, int maxPendingKeys, int maxCacheEntries) {
        if (flushEveryDocs < 1 || maxPendingKeys < 1 || maxCacheEntries < 1) {
            throw new IllegalArgumentException("flushEveryDocs, maxPendingKeys and maxCacheEntries must be >= 1");
        }
        this.db = db;
        this.flushEveryDocs = flushEveryDocs;
        this.maxPendingKeys = maxPendingKeys;
        this.maxCacheEntries = maxCacheEntries;
        long rows = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM corpus_df"));
        this.known = new Bloom(Math.max(MIN_BLOOM_KEYS, rows * 2));
        db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key_hash FROM corpus_df")) {
                while (rs.next()) known.add(rs.getLong(1));
            }
            return null;
        });
        this.storedDocs = readDocumentCount();
    }

    @Override
    public long retaggedAt() {
        return CorpusCounters.retaggedAt(db);
    }

    @Override
    public long retaggedWith() {
        return CorpusCounters.retaggedWith(db);
    }

    @Override
    public void setRetagged(long documents, long taggerVersion) {
        CorpusCounters.setRetagged(db, documents, taggerVersion);
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
        Map<Long, String> misses = null;
        long generation;
        synchronized (lock) {
            generation = flushes;
            for (String key : keys) {
                long h = KeyHash.of(key);
                int slot = stored.indexOf(h);
                if (stored.indexExists(slot)) {
                    out.put(key, (long) stored.indexGet(slot) + pending.getOrDefault(h, 0));
                } else if (!known.mightContain(h)) {
                    out.put(key, (long) pending.getOrDefault(h, 0));
                } else {
                    if (misses == null) misses = new HashMap<>();
                    misses.put(h, key);
                }
            }
        }
        if (misses == null) return out;
        // On the writer, in the writer-then-dbSync order a flush takes: a flush's batch, already out of pending,
        // is committed only when its outer write returns, so a read on another connection in between counted short.
        Map<Long, String> toLoad = misses;
        return db.write(c -> {
            synchronized (dbSync) {
                return loadMisses(toLoad, out, generation);
            }
        });
    }

    private Map<String, Long> loadMisses(Map<Long, String> misses, Map<String, Long> out, long generation) {
        LongIntHashMap loaded = load(misses.keySet());
        synchronized (lock) {
            // A flush that ran since the first look may have cached some of these keys meanwhile.
            boolean cacheable = generation == flushes;
            for (Map.Entry<Long, String> miss : misses.entrySet()) {
                long h = miss.getKey();
                int v = loaded.getOrDefault(h, 0);
                if (cacheable) cache(h, v);
                out.put(miss.getValue(), (long) v + pending.getOrDefault(h, 0));
            }
        }
        return out;
    }

    /** Caches a stored value; a full cache is emptied rather than managed entry by entry (it refills in seconds). */
    private void cache(long h, int v) {
        if (stored.size() >= maxCacheEntries) stored.clear();
        stored.put(h, v);
    }

    private LongIntHashMap load(Collection<Long> hashes) {
        List<Long> all = new ArrayList<>(hashes);
        return db.read(c -> {
            LongIntHashMap found = new LongIntHashMap(all.size());
            db.forIds(all, (match, args) -> {
                try (PreparedStatement ps = Sql.prepare(c, "SELECT key_hash, df FROM corpus_df WHERE key_hash " + match,
                        args); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(rs.getLong(1), (int) Math.min(Integer.MAX_VALUE, rs.getLong(2)));
                }
            });
            return found;
        });
    }

    /**
     * Our own documents only: another process's flushed counts reach this instance as a jump of the document count
     * at our next flush, which the journal cannot bridge. Two keys whose 64-bit hashes collide share one
     * count here but not in the journal (about 3 in a million at 10 million keys; see {@link KeyHash}).
     */
    @Override
    public Optional<List<Collection<String>>> documentsSince(long documentCount) {
        synchronized (lock) {
            return journal.since(documentCount, storedDocs + pendingDocs);
        }
    }

    @Override
    public void addDocument(Collection<String> distinctKeys) {
        Future<?> wait = null;
        synchronized (lock) {
            for (String key : distinctKeys) pending.addTo(KeyHash.of(key), 1);
            pendingDocs++;
            journal.record(storedDocs + pendingDocs, distinctKeys);
            if (pendingDocs >= flushEveryDocs || pending.size() >= maxPendingKeys) {
                if (inFlight == null || inFlight.isDone()) {
                    reportBackgroundFailure();
                    inFlight = flusher.submit(this::writePending);
                } else if (pending.size() >= 2 * maxPendingKeys || pendingDocs >= 2L * flushEveryDocs) {
                    wait = inFlight; // back-pressure: never more than two batches in memory
                }
            }
        }
        if (wait != null) awaitQuietly(wait);
    }

    /** A background flush failure surfaces on the next call (its increments were put back as pending). */
    private void reportBackgroundFailure() {
        if (inFlight == null) return;
        Future<?> done = inFlight;
        inFlight = null;
        try {
            done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new IllegalStateException("corpus stats flush failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            // reported by the next flush() or addDocument
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void flush() {
        Future<?> running;
        synchronized (lock) {
            running = inFlight;
        }
        if (running != null) awaitQuietly(running);
        synchronized (lock) {
            if (inFlight == running) reportBackgroundFailure();
        }
        writePending();
    }

    private void writePending() {
        synchronized (lock) {
            if (pendingDocs == 0 && pending.isEmpty()) return;
        }
        // The writer's lock before dbSync, the order an ingest unit takes them in (it holds the writer when it loads
        // missing frequencies under dbSync): the background flush taking dbSync first deadlocked with it.
        db.write(c -> {
            synchronized (dbSync) {
                writePendingLocked();
            }
            return null;
        });
    }

    private void writePendingLocked() {
        LongIntHashMap batch;
        long docs;
        synchronized (lock) {
            if (pendingDocs == 0 && pending.isEmpty()) return;
            batch = pending;
            docs = pendingDocs;
            pending = new LongIntHashMap();
            pendingDocs = 0;
            flushes++;
            // Moved to the stored side at once so readers never see the batch vanish while it is being written.
            storedDocs += docs;
            for (LongIntHashMap.LongIntCursor e : batch) {
                int slot = stored.indexOf(e.key);
                if (stored.indexExists(slot)) {
                    stored.indexReplace(slot, stored.indexGet(slot) + e.value);
                } else if (!known.mightContain(e.key)) {
                    cache(e.key, e.value); // new to the store, as far as we know: its count is ours
                }
                known.add(e.key);
            }
        }
        String json = toJson(batch);
        long total;
        try {
            total = db.write(c -> {
                // json_each turns the batch into rows inside SQLite, in key order (the rowid B-tree is walked once).
                PreparedStatement ps = db.writeStatement("INSERT INTO corpus_df (key_hash, df)"
                        + " SELECT CAST(key AS INTEGER), value FROM json_each(?) WHERE true"
                        + " ON CONFLICT (key_hash) DO UPDATE SET df = corpus_df.df + excluded.df");
                ps.setString(1, json);
                ps.executeUpdate();
                Sql.update(c,
                        "UPDATE corpus_counters SET value = value + ? WHERE name = 'documents'", docs);
                return Sql.count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'");
            });
        } catch (RuntimeException e) {
            restore(batch, docs);
            throw e;
        }
        synchronized (lock) {
            // The stored count now includes every other process's flushed documents too.
            storedDocs = Math.max(storedDocs, total); // a jump the journal does not bridge: their keys are not ours
        }
    }

    /** {"hash":increment,...} in ascending hash order. */
    private static String toJson(LongIntHashMap batch) {
        long[] keys = batch.keys().toArray();
        Arrays.sort(keys);
        StringBuilder sb = new StringBuilder(keys.length * 28 + 2).append('{');
        for (long k : keys) sb.append('"').append(k).append("\":").append(batch.get(k)).append(',');
        if (sb.length() > 1) sb.setLength(sb.length() - 1);
        return sb.append('}').toString();
    }

    /** A failed flush puts its increments back as pending, so a later flush can still write them. */
    private void restore(LongIntHashMap batch, long docs) {
        synchronized (lock) {
            flushes++;
            storedDocs -= docs;
            pendingDocs += docs;
            for (LongIntHashMap.LongIntCursor e : batch) {
                stored.remove(e.key);
                pending.addTo(e.key, e.value);
            }
        }
    }

    private long readDocumentCount() {
        return db.read(c -> Sql.count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'"));
    }

    /**
     * 64-bit hash of a key's UTF-16 text: FNV-1a over the chars, then MurmurHash3's fmix64 finaliser to spread the
     * bits. At 10 million keys the chance of any collision is about 3 in a million, and a collision only merges
     * two keys' counts.
     */
    public static final class KeyHash {
        public static long of(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h ^= key.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }

        private KeyHash() {
        }
    }

    /** A Bloom filter over key hashes, 1% false positives at capacity (7 probes, ~9.6 bits per key). */
    static final class Bloom {
        private static final int PROBES = 7;
        private final long[] bits;
        private final long size;

        Bloom(long capacity) {
            long m = Math.max(64, (long) Math.ceil(capacity * 9.6));
            this.bits = new long[(int) Math.min(Integer.MAX_VALUE - 8, (m + 63) / 64)];
            this.size = (long) bits.length * 64;
        }

        void add(long h) {
            long h1 = h, h2 = Long.rotateLeft(h, 32) | 1;
            for (int i = 0; i < PROBES; i++) {
                long bit = Math.floorMod(h1 + i * h2, size);
                bits[(int) (bit >>> 6)] |= 1L << bit;
            }
        }

        boolean mightContain(long h) {
            long h1 = h, h2 = Long.rotateLeft(h, 32) | 1;
            for (int i = 0; i < PROBES; i++) {
                long bit = Math.floorMod(h1 + i * h2, size);
                if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) return false;
            }
            return true;
        }
    }
}
