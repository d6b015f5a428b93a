package org.khabar.index;

import java.util.List;

public record SearchResults(List<SearchHit> hits, long total) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
