package org.khabar.store.postgres;

import org.khabar.store.jdbc.CorpusCounters;
import org.khabar.store.jdbc.Sql;
import org.khabar.store.CorpusStats;
import org.khabar.store.sqlite.SqliteCorpusStats.KeyHash;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CorpusStats} on PostgreSQL, same table as SQLite ({@code corpus_df(key_hash, df)}, keys hashed with the
 * same {@link KeyHash} so {@code khabar migrate} copies rows as they are).
 *
 * <p>Increments are kept in memory and written additively ({@code df = df + excluded.df}) in one transaction per
 * flush, as two arrays unnested server-side (one round trip for any number of keys). Rows are written in ascending
 * hash order so two processes flushing overlapping keys lock them in the same order and cannot deadlock.
 * Reads add this instance's pending increments to the stored values, so an instance always sees its own counts.
 */
public final class PostgresCorpusStats implements CorpusStats {

    static final int DEFAULT_FLUSH_EVERY_DOCS = 2_000;

    private final PostgresDatabase db;
    private final int flushEveryDocs;
    private final Object lock = new Object();
    private Map<Long, Long> pending = new HashMap<>();
    private long pendingDocs;

    public PostgresCorpusStats(PostgresDatabase db) {
        this(db, DEFAULT_FLUSH_EVERY_DOCS);
    }

    public PostgresCorpusStats(PostgresDatabase db, int flushEveryDocs) {
        if (flushEveryDocs < 1) throw new IllegalArgumentException("flushEveryDocs must be >= 1");
        this.db = db;
        this.flushEveryDocs = flushEveryDocs;
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
        long stored = db.read(c -> Sql.count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'"));
        synchronized (lock) {
            return stored + pendingDocs;
        }
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> keys) {
        Map<String, Long> hashes = new LinkedHashMap<>();
        for (String key : keys) hashes.put(key, KeyHash.of(key));
        List<Long> wanted = hashes.values().stream().distinct().toList();
        Map<Long, Long> stored = wanted.isEmpty() ? Map.of() : db.read(c -> {
            Map<Long, Long> found = new HashMap<>();
            db.forIds(wanted, (match, args) -> {
                try (PreparedStatement ps = Sql.prepare(c, "SELECT key_hash, df FROM corpus_df WHERE key_hash " + match,
                        args); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(rs.getLong(1), rs.getLong(2));
                }
            });
            return found;
        });
        Map<String, Long> out = new HashMap<>(hashes.size() * 2);
        synchronized (lock) {
            hashes.forEach((key, h) -> out.put(key, stored.getOrDefault(h, 0L) + pending.getOrDefault(h, 0L)));
        }
        return out;
    }

    @Override
    public void addDocument(Collection<String> distinctKeys) {
        boolean due;
        synchronized (lock) {
            for (String key : distinctKeys) pending.merge(KeyHash.of(key), 1L, Long::sum);
            pendingDocs++;
            due = pendingDocs >= flushEveryDocs;
        }
        if (due) flush();
    }

    @Override
    public void flush() {
        Map<Long, Long> batch;
        long docs;
        synchronized (lock) {
            if (pendingDocs == 0 && pending.isEmpty()) return;
            batch = pending;
            docs = pendingDocs;
            pending = new HashMap<>();
            pendingDocs = 0;
        }
        long[] keys = batch.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        Long[] hashArray = Arrays.stream(keys).boxed().toArray(Long[]::new);
        Long[] dfArray = Arrays.stream(keys).mapToObj(batch::get).toArray(Long[]::new);
        try {
            db.write(c -> {
                if (hashArray.length > 0) {
                    Sql.update(c, "INSERT INTO corpus_df (key_hash, df)"
                            + " SELECT k, d FROM unnest(?::bigint[], ?::bigint[]) AS t(k, d) ORDER BY k"
                            + " ON CONFLICT (key_hash) DO UPDATE SET df = corpus_df.df + excluded.df",
                            hashArray, dfArray);
                }
                return Sql.update(c, "UPDATE corpus_counters SET value = value + ? WHERE name = 'documents'", docs);
            });
        } catch (RuntimeException e) {
            // Put the increments back so a later flush can still write them: counts are never lost.
            synchronized (lock) {
                batch.forEach((k, v) -> pending.merge(k, v, Long::sum));
                pendingDocs += docs;
            }
            throw e;
        }
    }
}
