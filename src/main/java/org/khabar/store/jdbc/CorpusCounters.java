package org.khabar.store.jdbc;

/**
 * The named counters beside the document frequencies ({@code corpus_counters}, same table and SQL on SQLite and
 * PostgreSQL) other than the document count, which each backend keeps with its own batching.
 */
public final class CorpusCounters {
    /** The document count at the last full retag; the row is absent (read as 0) until then. */
    static final String RETAGGED_AT = "retagged_at";

    private CorpusCounters() {
    }

    public static long retaggedAt(JdbcDatabase db) {
        return db.read(c -> Sql.count(c, "SELECT value FROM corpus_counters WHERE name = ?", RETAGGED_AT));
    }

    public static void setRetaggedAt(JdbcDatabase db, long documents) {
        if (documents < 0) throw new IllegalArgumentException("documents must be >= 0, got " + documents);
        db.write(c -> Sql.update(c, "INSERT INTO corpus_counters (name, value) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value = excluded.value", RETAGGED_AT, documents));
    }
}
