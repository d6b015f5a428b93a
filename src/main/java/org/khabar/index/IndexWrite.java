package org.khabar.index;

import org.khabar.core.Article;

/** One change to the index, applied in the order the ingest made it ({@link SearchIndex#apply}). */
public sealed interface IndexWrite {

    /** Adds or replaces the article (by id). */
    record Put(Article article) implements IndexWrite {
    }

    /** Removes the article, if it is indexed. */
    record Remove(long articleId) implements IndexWrite {
    }
}
