package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Related lists from Lucene-style more-like-this: the best hit is "read also", the next ten the similar list.
 * Never the article itself, never a member of its duplicate group, never the same title twice
 * (the seed page's flaw: one story listed twice from two outlets).
 */
public final class MltRelatedFinder implements RelatedFinder {
    /** Enough candidates that filtering out repeats still leaves eleven. */
    private static final int CANDIDATES = 40;

    private final ArticleStore store;
    private final SearchIndex index;
    private final Clock clock;

    public MltRelatedFinder(ArticleStore store, SearchIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public Related find(long articleId) {
        Article article = store.get(articleId).orElse(null);
        if (article == null) return new Related(null, List.of(), clock.instant(), false);
        Set<Long> exclude = new HashSet<>();
        exclude.add(articleId);
        long canonical = article.duplicateOf() == null ? articleId : article.duplicateOf();
        store.duplicateGroup(canonical).forEach(a -> exclude.add(a.id()));

        List<SearchHit> hits = index.moreLikeThis(articleId, CANDIDATES, exclude);
        Map<Long, Article> byId = store.getAll(hits.stream().map(SearchHit::articleId).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Set<String> seenTitles = new HashSet<>();
        seenTitles.add(article.title().strip());
        List<RelatedItem> picked = new ArrayList<>();
        for (SearchHit hit : hits) {
            Article candidate = byId.get(hit.articleId());
            if (candidate == null || exclude.contains(candidate.id()) || !candidate.isCanonical()) continue;
            if (!seenTitles.add(candidate.title().strip())) continue;
            picked.add(new RelatedItem(candidate.id(), hit.score(), sharedTags(article, candidate)));
            if (picked.size() == SIMILAR_SIZE + 1) break;
        }
        Long readAlso = picked.isEmpty() ? null : picked.get(0).articleId();
        List<RelatedItem> similar = picked.isEmpty() ? List.of() : picked.subList(1, picked.size());
        return new Related(readAlso, similar, clock.instant(), false);
    }

    static List<String> sharedTags(Article a, Article b) {
        Set<String> keys = b.tags().stream().map(Tag::key).collect(Collectors.toSet());
        Set<String> labels = new LinkedHashSet<>();
        for (Tag t : a.tags()) if (keys.contains(t.key())) labels.add(t.label());
        return List.copyOf(labels);
    }
}
