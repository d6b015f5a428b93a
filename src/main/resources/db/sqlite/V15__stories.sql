-- Stories (event clusters). Owned by org.khabar.cluster; see org.khabar.store.StoryStore.
-- A merged story stays as a row with merged_into set, so old story URLs keep working (redirect).
CREATE TABLE story (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT    NOT NULL,
    merged_into INTEGER REFERENCES story (id)
);

-- One row per member article; article_id is unique: an article belongs to at most one story.
-- No foreign key to the article table: stories may be built for articles of another store (evaluation).
CREATE TABLE story_member (
    article_id INTEGER PRIMARY KEY,
    story_id   INTEGER NOT NULL REFERENCES story (id),
    source_id  TEXT    NOT NULL,
    published  INTEGER NOT NULL -- epoch milliseconds
);

CREATE INDEX story_member_story ON story_member (story_id, published);
CREATE INDEX story_member_published ON story_member (published);
