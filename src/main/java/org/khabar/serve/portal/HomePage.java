package org.khabar.serve.portal;

import org.khabar.app.StorySummary;

import java.util.List;

/** The home page: one page of top stories. */
public record HomePage(List<StorySummary> stories, Pager pager) {
    public HomePage {
        stories = List.copyOf(stories);
    }
}
