-- PostgreSQL twin of db/sqlite/V2__corpus_stats.sql. Document frequencies for the analyzer. Rows are only ever incremented additively
-- (INSERT ... ON CONFLICT (key) DO UPDATE SET df = df + excluded.df), so concurrent writers never lose counts.

CREATE TABLE corpus_df (
    key TEXT   PRIMARY KEY,
    df  BIGINT NOT NULL
);

-- Named counters; 'documents' is the number of documents counted into corpus_df.
CREATE TABLE corpus_counters (
    name  TEXT   PRIMARY KEY,
    value BIGINT NOT NULL
);

INSERT INTO corpus_counters (name, value) VALUES ('documents', 0);
