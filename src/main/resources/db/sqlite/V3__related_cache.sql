-- Precomputed similar-article lists. items is JSON: [{"id":..,"score":..,"sharedTags":[..]}, ...]

CREATE TABLE related (
    article_id  BIGINT  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    read_also   BIGINT,
    items       TEXT    NOT NULL,
    computed_at BIGINT  NOT NULL,
    stale       BOOLEAN NOT NULL DEFAULT FALSE,
    stale_since BIGINT                           -- when it was first marked stale: oldest request first
);

CREATE INDEX related_stale ON related (stale_since, article_id) WHERE stale;
