-- An article's band keys are written once, when its body is fingerprinted at ingest, and never rewritten, so the
-- index by article id served only a defensive delete. At a million articles it was a second B-tree of 32 rows
-- per article to update on every ingest. A band row that outlived its fingerprint would only yield a candidate
-- that the copy rule then checks against the stored fingerprint.
DROP INDEX IF EXISTS dedup_band_article;
