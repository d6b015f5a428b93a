package org.khabar.app;

import org.khabar.store.RelatedCache.Related;

/** Computes an article's "read also" and similar list (the heavy query that page views must not run). */
public interface RelatedFinder {
    int SIMILAR_SIZE = 10;

    /** The related lists of an existing article. */
    Related find(long articleId);

    /** Identity of the rules {@link #find} applies: lists cached under other rules are recomputed. */
    long rulesVersion();
}
