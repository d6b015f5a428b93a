package org.khabar.store.jdbc;

/**
 * The named counters beside the document frequencies ({@code corpus_counters}, same table and SQL on SQLite and
 * PostgreSQL) other than the document count, which each backend keeps with its own batching.
 */
public final class CorpusCounters {
    /** The document count at the last full retag; the row is absent (read as 0) until then. */
    static final String RETAGGED_AT = "retagged_at";
    /** The tagger version of that retag; absent (0) until then, and in stores retagged before versions were kept. */
    static final String RETAGGED_WITH = "retagged_with";

    private CorpusCounters() {
    }

    public static long retaggedAt(JdbcDatabase db) {
        return db.read(c -> Sql.count(c, "SELECT value FROM corpus_counters WHERE name = ?", RETAGGED_AT));
    }

    public static long retaggedWith(JdbcDatabase db) {
        return db.read(c -> Sql.count(c, "SELECT value FROM corpus_counters WHERE name = ?", RETAGGED_WITH));
    }

    /** Both marks in one transaction: a reader never sees a new count with an old version. */
    public static void setRetagged(JdbcDatabase db, long documents, long taggerVersion) {
        if (documents < 0) throw new IllegalArgumentException("documents must be >= 0, got " + documents);
        db.write(c -> {
            String upsert = "INSERT INTO corpus_counters (name, value) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value";
            Sql.update(c, upsert, RETAGGED_AT, documents);
            return Sql.update(c, upsert, RETAGGED_WITH, taggerVersion);
        });
    }
}
