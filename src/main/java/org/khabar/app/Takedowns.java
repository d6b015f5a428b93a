package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.store.ArticleStore.Withdrawal;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An editor withdraws an article (a legal or copyright takedown) or shows it again. A withdrawn article stays stored,
 * so its URL is never imported or crawled again, but no page, list, feed, sitemap, search or similar list shows it;
 * its copies' pages go with it, since they carry the same text. Store first, then index; the similar lists of its
 * neighbours, which likely name it, are marked stale so that the refresher fills the gap.
 */
public final class Takedowns {
    private final Khabar khabar;

    public Takedowns(Khabar khabar) {
        this.khabar = khabar;
    }

    /** Withdraws the article; empty when there is no such article. Withdrawing again keeps the first reason. */
    public Optional<Withdrawal> withdraw(long articleId, String reason) {
        Optional<Article> found = khabar.store().get(articleId);
        if (found.isEmpty()) return Optional.empty();
        Article a = found.get();
        khabar.ingestor().inOneBatch(() -> {
            khabar.store().withdraw(articleId, khabar.clock().instant(), reason);
            if (a.isCanonical()) khabar.index().delete(articleId);
            khabar.relatedCache().markStale(neighbours(articleId));
            return null;
        });
        khabar.index().commit();
        return khabar.store().withdrawal(articleId);
    }

    /** Shows a withdrawn article again; false when it was not withdrawn. */
    public boolean restore(long articleId) {
        boolean restored = khabar.ingestor().inOneBatch(() -> {
            if (!khabar.store().restore(articleId)) return false;
            khabar.store().get(articleId).filter(Article::isCanonical).ifPresent(a -> khabar.index().index(a));
            List<Long> stale = neighbours(articleId);
            stale.add(articleId);
            khabar.relatedCache().markStale(stale);
            return true;
        });
        khabar.index().commit();
        return restored;
    }

    /** Withdrawn articles, the latest withdrawal first. */
    public List<Withdrawal> withdrawn(int offset, int limit) {
        return khabar.store().withdrawals(offset, limit);
    }

    private List<Long> neighbours(long articleId) {
        List<Long> ids = new ArrayList<>();
        Optional<Related> related = khabar.relatedCache().related(articleId);
        related.ifPresent(r -> {
            if (r.readAlso() != null) ids.add(r.readAlso());
            for (RelatedItem i : r.similar()) ids.add(i.articleId());
        });
        return ids;
    }
}
