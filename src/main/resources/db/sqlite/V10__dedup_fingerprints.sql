-- Near-duplicate detection (org.khabar.dedup): MinHash fingerprints, LSH band buckets and duplicate groups.
-- Kept in their own tables so the dedup stage can serialise its lookup-decide-join step (BEGIN IMMEDIATE)
-- without touching the article tables.

CREATE TABLE dedup_fingerprint (
    article_id        INTEGER PRIMARY KEY,
    source_id         TEXT    NOT NULL,
    published_ms      INTEGER,            -- epoch millis; NULL when the source gave no date
    credited_source   TEXT,               -- outlet named as the source in the text ("(واس)"), if any
    shingle_count     INTEGER NOT NULL,
    minhash           BLOB    NOT NULL    -- big-endian int32 per position
);

-- One row per (band key, article): candidate lookup is an index range scan per band.
CREATE TABLE dedup_band (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE INDEX dedup_band_article ON dedup_band (article_id);

-- A duplicate group has exactly one canonical member; no article is canonical of two groups.
CREATE TABLE dedup_group (
    group_id     INTEGER PRIMARY KEY,
    canonical_id INTEGER NOT NULL UNIQUE
);

-- An article belongs to at most one group (primary key), which is what keeps concurrent joins from splitting it.
CREATE TABLE dedup_member (
    article_id INTEGER PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES dedup_group (group_id)
);

CREATE INDEX dedup_member_group ON dedup_member (group_id);
