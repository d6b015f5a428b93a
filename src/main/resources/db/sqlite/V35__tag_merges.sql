-- An editor's tag merges (store.EditorialTags): the tag of tag_key is shown and listed as the tag of into_key
-- ("ترامب" into "دونالد ترامب"), beside the entity aliases the tagger ships with. Keys are tag keys (analyze.TagKeys).

CREATE TABLE tag_merge (
    tag_key    TEXT    PRIMARY KEY,
    label      TEXT    NOT NULL,
    into_key   TEXT    NOT NULL,
    into_label TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
