package org.khabar.store;

/**
 * Filters for listing articles, newest first. Lists only canonical articles (duplicates are hidden).
 * Null filters mean "any".
 */
public record ArticleQuery(String sourceId, String tagKey, Long storyId, int offset, int limit) {
    public ArticleQuery {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be in 0..1000");
    }

    public static ArticleQuery latest(int offset, int limit) {
        return new ArticleQuery(null, null, null, offset, limit);
    }

    public ArticleQuery withSource(String id) { return new ArticleQuery(id, tagKey, storyId, offset, limit); }
    public ArticleQuery withTag(String key) { return new ArticleQuery(sourceId, key, storyId, offset, limit); }
}
