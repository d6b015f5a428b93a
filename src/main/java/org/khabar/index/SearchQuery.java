package org.khabar.index;

/**
 * A search: free text (may be blank when filtering only), optional tag key and outlet filters, and a page.
 */
public record SearchQuery(String text, String tagKey, String sourceId, int offset, int limit) {
    public SearchQuery {
        text = text == null ? "" : text;
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be in 0..1000");
    }

    public static SearchQuery text(String text, int offset, int limit) {
        return new SearchQuery(text, null, null, offset, limit);
    }
}
