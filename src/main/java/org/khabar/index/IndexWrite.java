package org.khabar.index;

import org.khabar.core.Article;

/** One change to the index, applied in the order the ingest made it ({@link SearchIndex#apply}). */
public sealed interface IndexWrite {

    /** The article this write is about. */
    long articleId();

    /** Adds or replaces the article (by id). */
    record Put(Article article) implements IndexWrite {
        @Override
        public long articleId() {
            return article.id();
        }
    }

    /** Removes the article, if it is indexed. */
    record Remove(long articleId) implements IndexWrite {
    }
}
