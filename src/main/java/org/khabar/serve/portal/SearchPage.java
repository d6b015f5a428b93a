package org.khabar.serve.portal;

import org.khabar.app.Found;
import org.khabar.app.SearchRequest;
import org.khabar.core.Source;
import org.khabar.serve.Links;

import java.util.List;

/** The search form with its options (outlet, order) and, when a query was given, its results. */
public record SearchPage(SearchRequest request, List<Source> sources, List<Found> results, Pager pager) {

    public String query() {
        return request.text();
    }

    public boolean asked() {
        return request.text() != null && !request.text().isEmpty();
    }

    public boolean selected(Source s) {
        return s.id().equals(request.sourceId());
    }

    /** The same search in the other order: the link of the order switch above the results. */
    public String otherOrderHref() {
        return Links.searchFor(new SearchRequest(request.text(), request.sourceId(), !request.newestFirst()));
    }
}
