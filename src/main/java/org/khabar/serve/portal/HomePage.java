package org.khabar.serve.portal;

import org.khabar.app.StorySummary;

import java.util.List;
import org.khabar.store.TagCount;

/** The home page: one page of top stories. */
public record HomePage(List<StorySummary> stories, Pager pager, List<TagCount> popularTags) {
    public HomePage {
        stories = List.copyOf(stories);
        popularTags = List.copyOf(popularTags);
    }
}
