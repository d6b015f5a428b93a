package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.index.SearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.ArticleQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Keeps the derived index in line with the store. After a crash the index may lack the articles written
 * since its last commit; they are the tail after its highest id, so catching up is cheap. If the counts
 * still disagree (e.g. a dedup decision was lost), the index is rebuilt from the store.
 */
public final class IndexSync {
    private static final int BATCH = 500;

    private final ArticleStore store;
    private final SearchIndex index;

    public IndexSync(ArticleStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Indexes what the index lacks; rebuilds it if still inconsistent. Returns the number of articles indexed. */
    public long reconcile(LongConsumer progress) {
        long indexed = indexAfter(index.maxArticleId(), progress);
        if (index.count() != canonicalCount()) {
            index.clear();
            indexed = indexAfter(0, progress);
        }
        return indexed;
    }

    /** Rebuilds the whole index from the store. */
    public long rebuild(LongConsumer progress) {
        index.clear();
        return indexAfter(0, progress);
    }

    /**
     * Makes the index's document for each id match the store: present for a canonical article that readers can see,
     * absent otherwise. For ids whose last write is in doubt (a unit whose commit may or may not have happened).
     */
    public void bringInLine(Collection<Long> ids) {
        for (long id : ids) {
            Optional<Article> stored = store.get(id)
                    .filter(Article::isCanonical)
                    .filter(a -> store.withdrawal(id).isEmpty());
            if (stored.isPresent()) index.index(stored.get());
            else index.delete(id);
        }
    }

    public long canonicalCount() {
        return store.list(ArticleQuery.latest(0, 0)).total();
    }

    private long indexAfter(long afterId, LongConsumer progress) {
        long n = 0;
        long last = afterId;
        while (true) {
            List<Article> batch = store.batchAfter(last, BATCH);
            if (batch.isEmpty()) break;
            for (Article a : batch) {
                if (a.isCanonical()) {
                    index.index(a);
                    n++;
                }
                progress.accept(1);
            }
            last = batch.get(batch.size() - 1).id();
        }
        index.commit();
        return n;
    }
}
