package org.khabar.serve.portal;

import org.khabar.app.Found;

import java.util.List;

/** The search form and, when a query was given, its results. */
public record SearchPage(String query, List<Found> results, Pager pager) {

    public boolean asked() {
        return query != null && !query.isEmpty();
    }
}
