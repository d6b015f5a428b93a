-- Document frequencies keyed by a 64-bit hash of the key text instead of the text (see SqliteCorpusStats.KeyHash).
-- Keys are opaque to the store; an integer primary key is the rowid itself in SQLite, which makes the hundreds of
-- upserts per article several times cheaper than a text key and the table a third of the size.
-- Counts kept under text keys (V2, first hours of the project) cannot be rehashed in SQL: they are dropped and the
-- document counter restarts at 0 with them, so df and N stay consistent; re-analysing the articles rebuilds them.
-- Rows are only ever incremented additively (INSERT ... ON CONFLICT (key_hash) DO UPDATE SET df = df + excluded.df).

DROP TABLE corpus_df;

CREATE TABLE corpus_df (
    key_hash INTEGER PRIMARY KEY,
    df       BIGINT NOT NULL
);

UPDATE corpus_counters SET value = 0 WHERE name = 'documents';
