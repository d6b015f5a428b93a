-- An editor's decisions about keyword tags (store.EditorialTags): tags ruled out everywhere, and tags added to or
-- removed from one article by hand. Both outlive retagging; keys are tag keys (analyze.TagKeys).

CREATE TABLE tag_block (
    tag_key    TEXT    PRIMARY KEY,
    label      TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);

CREATE TABLE tag_edit (
    article_id BIGINT  NOT NULL,
    tag_key    TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    added      BOOLEAN NOT NULL,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (article_id, tag_key)
);
