package org.khabar.app;

import java.util.List;

/** A similar article and its reason: the labels of the tags it shares with the viewed article. */
public record SimilarItem(Teaser teaser, List<String> sharedTags) {
    public SimilarItem {
        sharedTags = List.copyOf(sharedTags);
    }
}
