package org.khabar.eval;

import org.khabar.app.MltRelatedFinder;
import org.khabar.cluster.ClusterParams;
import org.khabar.core.Article;
import org.khabar.related.Diversifier;
import org.khabar.related.RelatedCandidate;
import org.khabar.related.RelatedQuery;
import org.khabar.related.RelatedRanker;
import org.khabar.related.SharedTagOrder;
import org.khabar.store.RelatedCache.Related;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ANT prepared like khabar's pipeline would: exact-copy groups (a stand-in for the dedup stage: same normalised
 * body → duplicate of the earliest), stories by {@code StoryClusterer}, canonical articles in a Lucene index.
 */
final class SimilarSetup {
    private static final org.khabar.analyze.HeadlineWords HEADLINES = new org.khabar.analyze.HeadlineWords();

    final Map<Long, Article> articles = new LinkedHashMap<>();
    final Map<String, Article> docnos = new HashMap<>();
    final Map<Long, Set<Long>> groups = new HashMap<>();
    final EvalIndex index;

    private SimilarSetup(EvalIndex index) {
        this.index = index;
    }

    static SimilarSetup build(Path shared, ClusterParams params, Path indexDir) throws IOException {
        EvalCorpus corpus = EvalCorpus.loadAnt(shared);
        List<Article> marked = markDuplicates(corpus.articles);
        List<Article> canonical = marked.stream().filter(Article::isCanonical).toList();
        Map<Long, Long> story = corpus.cluster(canonical, params);
        SimilarSetup s = new SimilarSetup(new EvalIndex(indexDir));
        for (Article a : marked) {
            long canon = a.duplicateOf() != null ? a.duplicateOf() : a.id();
            Article withStory = a.withStoryId(story.get(canon));
            s.articles.put(a.id(), withStory);
            s.docnos.put(a.externalId(), withStory);
            s.groups.computeIfAbsent(canon, k -> new HashSet<>()).add(a.id());
            if (a.isCanonical()) s.index.add(withStory);
        }
        s.index.finish();
        return s;
    }

    static List<Article> markDuplicates(List<Article> inTimeOrder) {
        Map<String, Long> firstByBody = new HashMap<>();
        List<Article> out = new ArrayList<>(inTimeOrder.size());
        for (Article a : inTimeOrder) {
            String key = a.body().replaceAll("\\s+", " ").strip();
            if (key.length() < 200) {
                out.add(a);
                continue;
            }
            Long first = firstByBody.putIfAbsent(key, a.id());
            out.add(first == null ? a : a.withDuplicateOf(first));
        }
        return out;
    }

    Article byDocno(String docno) {
        Article a = docnos.get(docno);
        if (a == null) throw new IllegalArgumentException("unknown docno " + docno);
        return a;
    }

    /**
     * What the portal serves (app.MltRelatedFinder): more-like-this candidates, a title already seen dropped,
     * ordered by relevance and shared tags ({@link SharedTagOrder}), then the list rules of {@link Diversifier}.
     * Approximate in the analyzer only (see {@link EvalIndex#servedCandidates}).
     */
    Related served(Diversifier diversifier, Article q, int candidates) throws IOException {
        Retrieved r = retrieve(q, candidates);
        RelatedQuery rq = queryOf(q);
        return diversifier.select(rq, SharedTagOrder.order(rq, r.candidates(), r.inWindow()), r.inWindow(), Instant.EPOCH);
    }

    /**
     * The served path's candidates for {@code q} in retrieval order (a title already seen dropped), before any
     * reordering or list rule: the material {@link SimilarEval}'s {@code --candidates} dump describes.
     */
    List<RelatedCandidate> retrieved(Article q, int candidates) throws IOException {
        return retrieve(q, candidates).candidates();
    }

    /** Candidates in retrieval order, and how many of them came from the hits {@link SharedTagOrder} reorders. */
    private record Retrieved(List<RelatedCandidate> candidates, int inWindow) {
    }

    private Retrieved retrieve(Article q, int candidates) throws IOException {
        long canon = q.duplicateOf() != null ? q.duplicateOf() : q.id();
        Set<Long> group = groups.getOrDefault(canon, Set.of(q.id()));
        Set<String> titles = new HashSet<>();
        titles.add(q.title().strip());
        List<RelatedCandidate> cands = new ArrayList<>();
        int hitIndex = 0, inWindow = 0;
        for (EvalIndex.Hit h : index.servedCandidates(canon, candidates, group)) {
            boolean inReorderedWindow = hitIndex++ < MltRelatedFinder.REORDERED_HITS;
            Article c = articles.get(h.articleId());
            if (!titles.add(c.title().strip())) continue;
            if (inReorderedWindow) inWindow++;
            cands.add(new RelatedCandidate(c.id(), c.sourceId(), c.published(), c.storyId(), c.duplicateOf(),
                    h.score(), c.tags(), HEADLINES.of(c.title())));
        }
        return new Retrieved(cands, inWindow);
    }

    RelatedQuery queryOf(Article q) {
        long canon = q.duplicateOf() != null ? q.duplicateOf() : q.id();
        Set<Long> group = groups.getOrDefault(canon, Set.of(q.id()));
        return new RelatedQuery(q.id(), q.published(), articles.get(canon).storyId(), q.duplicateOf(), group, q.tags(),
                HEADLINES.of(q.title()));
    }

    /** khabar's full ranking, live: candidates from the index, then {@link RelatedRanker}. */
    Related related(RelatedRanker ranker, Article q, int size) throws IOException {
        long canon = q.duplicateOf() != null ? q.duplicateOf() : q.id();
        Set<Long> group = groups.getOrDefault(canon, Set.of(q.id()));
        List<EvalIndex.Hit> hits = index.khabarCandidates(canon, 50, group);
        List<RelatedCandidate> cands = new ArrayList<>(hits.size());
        for (EvalIndex.Hit h : hits) {
            Article c = articles.get(h.articleId());
            cands.add(new RelatedCandidate(c.id(), c.sourceId(), c.published(), c.storyId(), c.duplicateOf(),
                    h.score(), c.tags()));
        }
        RelatedQuery rq = new RelatedQuery(q.id(), q.published(), q.storyId(), q.duplicateOf(), group, q.tags());
        return ranker.rank(rq, cands, Instant.EPOCH);
    }
}
