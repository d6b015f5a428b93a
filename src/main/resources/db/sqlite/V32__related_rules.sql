-- The version of the list rules (related.ListRules) that the cached lists were made under: when a build with other
-- rules opens the store, every cached list is marked stale and recomputed in the background.

CREATE TABLE related_rules (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
