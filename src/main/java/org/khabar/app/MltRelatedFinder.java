package org.khabar.app;

import org.khabar.analyze.HeadlineWords;
import org.khabar.core.Article;
import org.khabar.index.MoreLikeThisHits;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchIndex;
import org.khabar.related.Diversifier;
import org.khabar.related.ListRules;
import org.khabar.related.RelatedCandidate;
import org.khabar.related.RelatedQuery;
import org.khabar.related.SharedTagOrder;
import org.khabar.store.ArticleStore;
import org.khabar.store.RelatedCache.Related;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Related lists from Lucene-style more-like-this, ordered by relevance and shared tags ({@link SharedTagOrder}),
 * put through the editor's rules of {@link Diversifier}: never the article itself, its copies or its own story, one item per story, outlets mixed,
 * "read also" from another story and not repeated. Before that, a candidate whose title repeats one already seen
 * is dropped: the same report under the same headline is a copy the fingerprints missed (the seed page's flaw was
 * one story listed twice from two outlets).
 */
public final class MltRelatedFinder implements RelatedFinder {
    /**
     * Candidates retrieved per list. One per story and never the own story remove many near hits (a running story
     * has dozens of articles), so the pool must be several times the eleven items shown. With 60, 15 of 300
     * judged slots stayed empty and P@10 was 0.450; with 120 every list filled and P@10 rose to 0.480
     * (khabar eval similar, docs/benchmarks-stories.md); 200 changed nothing.
     */
    public static final int CANDIDATES = 120;
    /** At most this many similar items from one outlet while others have candidates among the best hits. */
    public static final int MAX_PER_OUTLET = 3;

    /**
     * How deep the candidates are read: the best 40 first, all {@link #CANDIDATES} only when those leave the list
     * open ({@link Diversifier#isSettled}; deeper candidates come after the {@link #REORDERED_HITS} reordered ones,
     * so they cannot change a settled list). Either way the list is the one all 120 would give; reading 40 makes
     * the store lookup three times smaller and the top-hits search cheaper.
     */
    static final int[] STAGES = {40, CANDIDATES};
    /**
     * The best hits whose candidates {@link SharedTagOrder} reorders and {@link Diversifier} mixes by outlet (the
     * head); deeper ones follow in retrieval order, a reserve for lists the head cannot fill.
     */
    public static final int REORDERED_HITS = 40;

    private static final HeadlineWords HEADLINES = new HeadlineWords();

    private final ArticleStore store;
    private final SearchIndex index;
    private final Clock clock;
    private final int[] stages;
    private final Diversifier diversifier = new Diversifier(SIMILAR_SIZE, MAX_PER_OUTLET);
    private final AtomicLong lists = new AtomicLong();
    private final AtomicLong readPastFirstStage = new AtomicLong();

    public MltRelatedFinder(ArticleStore store, SearchIndex index, Clock clock) {
        this(store, index, clock, STAGES);
    }

    /** {@code stages}: increasing candidate depths, the last one {@link #CANDIDATES} (e.g. just that: one read). */
    public MltRelatedFinder(ArticleStore store, SearchIndex index, Clock clock, int... stages) {
        if (stages.length == 0 || stages[stages.length - 1] != CANDIDATES) {
            throw new IllegalArgumentException("the last stage must be " + CANDIDATES);
        }
        for (int i = 1; i < stages.length; i++) {
            if (stages[i] <= stages[i - 1]) throw new IllegalArgumentException("stages must increase");
        }
        this.store = store;
        this.index = index;
        this.clock = clock;
        this.stages = stages.clone();
    }

    @Override
    public Related find(long articleId) {
        Article article = store.get(articleId).orElse(null);
        if (article == null) return new Related(null, List.of(), clock.instant(), false);
        long canonicalId = article.duplicateOf() == null ? articleId : article.duplicateOf();
        List<Article> group = store.duplicateGroup(canonicalId);
        Set<Long> groupIds = new HashSet<>();
        groupIds.add(articleId);
        groupIds.add(canonicalId);
        group.forEach(a -> groupIds.add(a.id()));
        // A copy is not clustered; it belongs to its canonical article's story.
        // An article not clustered yet (or stored by a path without clustering) has no story: no story is excluded.
        Long storyId = group.stream().filter(a -> a.id() == canonicalId).findFirst().map(Article::storyId)
                .orElse(article.storyId());
        RelatedQuery query = new RelatedQuery(articleId, article.published(), storyId, article.duplicateOf(),
                groupIds, article.tags(), HEADLINES.of(article.title()));

        Candidates candidates = new Candidates(article.title());
        try (MoreLikeThisHits hits = index.moreLikeThisHits(canonicalId, CANDIDATES, groupIds)) {
            lists.incrementAndGet();
            for (int depth : stages) {
                if (depth != stages[0]) readPastFirstStage.incrementAndGet();
                List<SearchHit> top = hits.top(depth);
                candidates.add(top.subList(candidates.hitsRead, top.size()));
                boolean exhausted = top.size() < depth;
                if (exhausted) break;
                // Deeper candidates follow the reordered window, so the rules' usual stopping test applies to it.
                if (candidates.hitsRead >= REORDERED_HITS
                        && diversifier.isSettled(query, candidates.ordered(query), candidates.inWindow)) break;
            }
        }
        return diversifier.select(query, candidates.ordered(query), candidates.inWindow, clock.instant());
    }

    @Override
    public long rulesVersion() {
        return ListRules.version();
    }

    /** Share of the lists computed so far that needed more than the first stage's candidates (for benchmarks). */
    public double shareReadPastFirstStage() {
        long n = lists.get();
        return n == 0 ? 0 : readPastFirstStage.get() / (double) n;
    }

    /**
     * Candidates in hit order, built as hits are read. A candidate whose title repeats one already seen (the
     * article's own included) is dropped; that depends only on earlier hits, so reading in stages changes nothing.
     */
    private final class Candidates {
        final List<RelatedCandidate> list = new ArrayList<>();
        final Set<String> seenTitles = new HashSet<>();
        int hitsRead;
        /** How many of {@link #list} came from the best {@link #REORDERED_HITS} hits. */
        int inWindow;

        Candidates(String ownTitle) {
            seenTitles.add(ownTitle.strip());
        }

        void add(List<SearchHit> hits) {
            hitsRead += hits.size();
            if (hits.isEmpty()) return;
            Map<Long, Article> byId = store.getAllWithoutBodies(hits.stream().map(SearchHit::articleId).toList())
                    .stream().collect(Collectors.toMap(Article::id, Function.identity()));
            int hitIndex = hitsRead - hits.size();
            for (SearchHit hit : hits) {
                boolean inReorderedWindow = hitIndex++ < REORDERED_HITS;
                Article c = byId.get(hit.articleId());
                if (c == null || !seenTitles.add(c.title().strip())) continue;
                if (inReorderedWindow) inWindow++;
                list.add(new RelatedCandidate(c.id(), c.sourceId(), c.published(), c.storyId(), c.duplicateOf(),
                        hit.score(), c.tags(), HEADLINES.of(c.title())));
            }
        }

        List<RelatedCandidate> ordered(RelatedQuery query) {
            return SharedTagOrder.order(query, list, inWindow);
        }
    }

    static List<String> sharedTags(Article a, Article b) {
        return Diversifier.sharedTags(a.tags(), b.tags());
    }
}
