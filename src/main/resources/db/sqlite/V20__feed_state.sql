-- Crawler state (feeds helper owns V20-V29): HTTP validators, health, and ids of items already handed on.
CREATE TABLE feed_state (
    feed_url      TEXT PRIMARY KEY,
    outlet_id     TEXT,
    etag          TEXT,
    last_modified TEXT,
    last_fetch    INTEGER,          -- epoch millis
    status        TEXT NOT NULL DEFAULT 'never',
    error         TEXT,
    items_per_day REAL NOT NULL DEFAULT 0,
    next_poll     INTEGER,          -- epoch millis
    failures      INTEGER NOT NULL DEFAULT 0,
    items_total   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_seen_item (
    feed_url   TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    first_seen INTEGER NOT NULL,    -- epoch millis
    PRIMARY KEY (feed_url, item_id)
);
