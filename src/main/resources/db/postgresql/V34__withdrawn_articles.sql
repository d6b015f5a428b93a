-- An article withdrawn by an editor (a legal or copyright takedown): it stays stored, so that its URL is never
-- imported or crawled again, but no page, list, feed, sitemap or search shows it. NULL: shown.

ALTER TABLE articles ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE articles ADD COLUMN withdrawn_reason TEXT;
