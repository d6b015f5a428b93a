package org.khabar.related;

import org.khabar.core.Article;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.RelatedCache;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.StoryStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes and caches an article's "read also" and similar list: more-like-this candidates from the index,
 * ranked and diversified by {@link RelatedRanker}. Page views call {@link #forPage}, which reads the cache and
 * computes only when nothing is cached yet; stale lists are refreshed in the background by {@link #refreshStale}.
 */
public final class SimilarArticles {
    /** Candidates retrieved per list: enough to fill it after removing the own story, copies and repeats. */
    static final int CANDIDATES = 50;

    private final ArticleStore articles;
    private final SearchIndex index;
    private final StoryStore stories;
    private final RelatedCache cache;
    private final RelatedRanker ranker;
    private final Clock clock;

    public SimilarArticles(ArticleStore articles, SearchIndex index, StoryStore stories, RelatedCache cache,
                           RelatedRanker ranker, Clock clock) {
        this.articles = articles;
        this.index = index;
        this.stories = stories;
        this.cache = cache;
        this.ranker = ranker;
        this.clock = clock;
    }

    /** The list to show on the article page: cached when available (even if stale), else computed now. */
    public Optional<Related> forPage(long articleId) {
        Optional<Related> cached = cache.related(articleId);
        if (cached.isPresent()) return cached;
        return compute(articleId).map(r -> {
            cache.putRelated(articleId, r);
            return r;
        });
    }

    /** Recomputes up to {@code limit} stale or missing lists; returns how many were refreshed. */
    public int refreshStale(int limit) {
        int n = 0;
        for (long id : cache.staleOrMissing(limit)) {
            Optional<Related> r = compute(id);
            if (r.isPresent()) {
                cache.putRelated(id, r.get());
                n++;
            }
        }
        return n;
    }

    /** A live computation, bypassing the cache. Empty when the article is unknown. */
    public Optional<Related> compute(long articleId) {
        Optional<Article> found = articles.get(articleId);
        if (found.isEmpty()) return Optional.empty();
        Article a = found.get();
        long canonicalId = a.duplicateOf() != null ? a.duplicateOf() : a.id();
        Set<Long> group = articles.duplicateGroup(canonicalId).stream().map(Article::id).collect(Collectors.toSet());
        group.add(canonicalId);
        List<SearchHit> hits = index.moreLikeThis(canonicalId, CANDIDATES, group);
        Map<Long, Article> byId = articles.getAll(hits.stream().map(SearchHit::articleId).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<RelatedCandidate> candidates = new ArrayList<>();
        for (SearchHit h : hits) {
            Article c = byId.get(h.articleId());
            if (c == null) continue;
            candidates.add(new RelatedCandidate(c.id(), c.sourceId(), c.published(), resolve(c.storyId()),
                    c.duplicateOf(), h.score(), c.tags()));
        }
        RelatedQuery q = new RelatedQuery(a.id(), a.published(), resolve(a.storyId()), a.duplicateOf(),
                new HashSet<>(group), a.tags());
        return Optional.of(ranker.rank(q, candidates, clock.instant()));
    }

    private Long resolve(Long storyId) {
        return storyId == null ? null : stories.resolve(storyId);
    }
}
