package org.khabar.index;

import org.khabar.core.Article;

import java.util.Collection;
import java.util.List;

/**
 * Full-text index over canonical articles. Derived data: always rebuildable from the store.
 * Implementations: embedded Lucene (default) and OpenSearch.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces the article (by id). Visible to searches after {@link #commit()} or a refresh. */
    void index(Article article);

    void delete(long articleId);

    /**
     * Applies the writes in order; throws if any of them failed (some may have been applied). An implementation may
     * send them as one request: OpenSearch acknowledges (and fsyncs its translog for) one bulk instead of one
     * request per article.
     */
    default void apply(List<IndexWrite> writes) {
        for (IndexWrite w : writes) {
            if (w instanceof IndexWrite.Put put) index(put.article());
            else if (w instanceof IndexWrite.Remove remove) delete(remove.articleId());
        }
    }

    /** Makes every change so far durable and searchable. */
    void commit();

    /** Number of indexed articles. */
    long count();

    /** Largest article id in the index, 0 if empty: where catching up after a crash starts. */
    long maxArticleId();

    /** Removes everything, for a rebuild. */
    void clear();

    SearchResults search(SearchQuery query);

    /**
     * Articles most like the given one (more-like-this over title, tags and body), best first,
     * never including the article itself or any id in {@code exclude}.
     */
    List<SearchHit> moreLikeThis(long articleId, int limit, Collection<Long> exclude);

    /**
     * {@link #moreLikeThis} read in stages, up to {@code maxHits}. This default runs the whole search once, at the
     * first read; an index that can rerun a prepared query cheaply reads only as deep as asked.
     */
    default MoreLikeThisHits moreLikeThisHits(long articleId, int maxHits, Collection<Long> exclude) {
        return new MoreLikeThisHits() {
            private List<SearchHit> all;

            @Override
            public List<SearchHit> top(int n) {
                if (all == null) all = moreLikeThis(articleId, maxHits, exclude);
                return all.subList(0, Math.min(Math.min(n, maxHits), all.size()));
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    void close();
}
