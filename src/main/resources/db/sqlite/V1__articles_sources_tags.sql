-- Articles, outlets and keyword tags. Kept close to portable SQL: the PostgreSQL twin lives in
-- db/postgresql/V1__articles_sources_tags.sql and differs only where the dialects must (id column, types).
-- Instants are stored as epoch milliseconds (BIGINT) so both dialects sort and compare them the same way.

CREATE TABLE sources (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    site_url TEXT
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,            -- SQLite rowid alias: ids are assigned in insertion order
    url          TEXT    NOT NULL UNIQUE,        -- canonical URL: the identity of an article
    source_id    TEXT    NOT NULL,               -- no FK: imports may store articles before their outlet row
    external_id  TEXT,
    title        TEXT    NOT NULL,
    published    BIGINT,
    author       TEXT,
    summary      TEXT,
    body         TEXT    NOT NULL,
    category     TEXT,
    ingested     BIGINT  NOT NULL,
    duplicate_of BIGINT  REFERENCES articles (id),
    story_id     BIGINT                          -- stories belong to the dedup/cluster migrations (V10+)
);

-- Listing pages read canonical articles newest first, overall and per outlet / story.
CREATE INDEX articles_latest ON articles (published DESC, id DESC) WHERE duplicate_of IS NULL;
CREATE INDEX articles_source_latest ON articles (source_id, published DESC, id DESC) WHERE duplicate_of IS NULL;
CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE article_tags (
    article_id BIGINT           NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    rank       INTEGER          NOT NULL,        -- 0 = best tag
    tag_key    TEXT             NOT NULL,
    label      TEXT             NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, rank)
);

-- A tag page is list(withTag(key)): find the articles of one key without scanning.
CREATE INDEX article_tags_key ON article_tags (tag_key, article_id);
