-- An article withdrawn by an editor (a legal or copyright takedown): it stays stored, so that its URL is never
-- imported or crawled again, but no page, list, feed, sitemap or search shows it. NULL: shown.

ALTER TABLE articles ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE articles ADD COLUMN withdrawn_reason TEXT;

-- Lists and their counts read only shown canonical articles: the partial indexes that answer them name both
-- conditions, so a count is still read from the index alone, never from the rows.
DROP INDEX articles_latest;
DROP INDEX articles_source_latest;
CREATE INDEX articles_latest ON articles (published DESC, id DESC) WHERE duplicate_of IS NULL AND withdrawn_at IS NULL;
CREATE INDEX articles_source_latest ON articles (source_id, published DESC, id DESC)
    WHERE duplicate_of IS NULL AND withdrawn_at IS NULL;
