-- PostgreSQL twin of db/sqlite/V20__feed_state.sql. Crawler state: HTTP validators, health, items handed on.
CREATE TABLE feed_state (
    feed_url      TEXT PRIMARY KEY,
    outlet_id     TEXT,
    etag          TEXT,
    last_modified TEXT,
    last_fetch    BIGINT,           -- epoch millis
    status        TEXT NOT NULL DEFAULT 'never',
    error         TEXT,
    items_per_day DOUBLE PRECISION NOT NULL DEFAULT 0,
    next_poll     BIGINT,           -- epoch millis
    failures      INTEGER NOT NULL DEFAULT 0,
    items_total   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_seen_item (
    feed_url   TEXT   NOT NULL,
    item_id    TEXT   NOT NULL,
    first_seen BIGINT NOT NULL,     -- epoch millis
    PRIMARY KEY (feed_url, item_id)
);
