package org.khabar.index;

/**
 * A search: free text (may be blank when filtering only), optional tag key and outlet filters, a page, and the order
 * of the hits. Without text the hits are always newest first (there is no relevance to rank by).
 */
public record SearchQuery(String text, String tagKey, String sourceId, int offset, int limit, Order order) {

    /** How hits are ranked. */
    public enum Order {
        /** Best match first (the default). */
        RELEVANCE,
        /** Latest published first (undated articles last), then the latest stored. */
        NEWEST
    }

    public SearchQuery {
        text = text == null ? "" : text;
        order = order == null ? Order.RELEVANCE : order;
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be in 0..1000");
    }

    public SearchQuery(String text, String tagKey, String sourceId, int offset, int limit) {
        this(text, tagKey, sourceId, offset, limit, Order.RELEVANCE);
    }

    public static SearchQuery text(String text, int offset, int limit) {
        return new SearchQuery(text, null, null, offset, limit);
    }

    /** The same search restricted to one outlet (null: every outlet). */
    public SearchQuery fromSource(String id) {
        return new SearchQuery(text, tagKey, id, offset, limit, order);
    }

    /** The same search with its hits in {@code o}. */
    public SearchQuery orderedBy(Order o) {
        return new SearchQuery(text, tagKey, sourceId, offset, limit, o);
    }
}
