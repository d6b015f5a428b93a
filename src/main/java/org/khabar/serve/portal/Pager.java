package org.khabar.serve.portal;

import org.khabar.serve.Links;

/**
 * Page navigation for a list: which page this is, how many there are, and the previous/next links.
 *
 * @param base URL of page 1 (may carry a query, e.g. {@code /search?q=...})
 */
public record Pager(String base, int page, int pageSize, long total) {

    public long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public String previousHref() {
        return Links.page(base, page - 1);
    }

    public String nextHref() {
        return Links.page(base, page + 1);
    }

    public boolean needed() {
        return pageCount() > 1;
    }

    /** Beyond the last page (page 1 always exists, even when empty). */
    public boolean beyondEnd() {
        return page > 1 && page > pageCount();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
