package org.khabar.related;

import org.khabar.core.Tag;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns retrieved candidates into "read also" plus a similar list: scores each by relevance, tag overlap and
 * recency, then diversifies. Rules: never the article itself, never one of its duplicates (nor two copies of one
 * article), never its own story, at most one item per story, outlets mixed (each further item from an outlet
 * already listed is penalised). "Read also" is the best item after these rules and is not repeated in the list.
 * Pure logic: no store, no index.
 */
public final class RelatedRanker {
    private final RankingParams params;

    public RelatedRanker(RankingParams params) {
        this.params = params;
    }

    /** A scored candidate with the tag labels it shares with the query. */
    record Scored(RelatedCandidate c, double score, List<String> sharedTags) {
    }

    public Related rank(RelatedQuery q, List<RelatedCandidate> candidates, Instant now) {
        List<Scored> pool = eligible(q, candidates).stream().map(c -> score(q, c, maxRelevance(candidates)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingLong(s -> s.c().articleId()))
                .toList();
        List<Scored> picked = diversify(pool, params.size() + 1);
        Long readAlso = picked.isEmpty() ? null : picked.get(0).c().articleId();
        List<RelatedItem> similar = picked.stream().skip(1)
                .map(s -> new RelatedItem(s.c().articleId(), s.score(), s.sharedTags()))
                .toList();
        return new Related(readAlso, similar, now, false);
    }

    /** Drops the article itself, its duplicate group, its story and copies of the same article. */
    private static List<RelatedCandidate> eligible(RelatedQuery q, List<RelatedCandidate> candidates) {
        Set<Long> ownGroup = new HashSet<>(q.duplicateIds());
        ownGroup.add(q.articleId());
        ownGroup.add(q.groupId());
        List<RelatedCandidate> out = new ArrayList<>();
        for (RelatedCandidate c : candidates) {
            if (ownGroup.contains(c.articleId()) || ownGroup.contains(c.groupId())) continue;
            if (q.storyId() != null && q.storyId().equals(c.storyId())) continue;
            out.add(c);
        }
        return out;
    }

    private static double maxRelevance(List<RelatedCandidate> cs) {
        double m = 0;
        for (RelatedCandidate c : cs) m = Math.max(m, c.relevance());
        return m;
    }

    private Scored score(RelatedQuery q, RelatedCandidate c, double maxRelevance) {
        double rel = maxRelevance > 0 ? c.relevance() / maxRelevance : 0;
        Map<String, String> candTags = new HashMap<>();
        for (Tag t : c.tags()) candTags.put(t.key(), t.label());
        List<String> shared = new ArrayList<>();
        for (Tag t : q.tags()) {
            if (candTags.containsKey(t.key())) shared.add(t.label());
        }
        double tagOverlap = q.tags().isEmpty() ? 0 : shared.size() / (double) q.tags().size();
        double recency = 0;
        if (q.published() != null && c.published() != null) {
            long gap = Math.abs(q.published().toEpochMilli() - c.published().toEpochMilli());
            recency = Math.pow(0.5, gap / (double) params.recencyHalfLife().toMillis());
        }
        double s = params.relevanceWeight() * rel + params.tagWeight() * tagOverlap + params.recencyWeight() * recency;
        return new Scored(c, s, shared.stream().limit(params.maxSharedTags()).toList());
    }

    /**
     * Greedy selection: repeatedly takes the best remaining candidate after the outlet penalty, skipping any whose
     * story or duplicate group is already represented.
     */
    private List<Scored> diversify(List<Scored> pool, int want) {
        List<Scored> remaining = new ArrayList<>(pool);
        List<Scored> picked = new ArrayList<>();
        Set<Long> stories = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        while (picked.size() < want && !remaining.isEmpty()) {
            Scored best = null;
            double bestAdjusted = Double.NEGATIVE_INFINITY;
            for (Scored s : remaining) {
                double adjusted = s.score() * Math.pow(params.outletPenalty(), perOutlet.getOrDefault(s.c().sourceId(), 0));
                if (adjusted > bestAdjusted) {
                    bestAdjusted = adjusted;
                    best = s;
                }
            }
            remaining.remove(best);
            RelatedCandidate c = best.c();
            long story = c.storyId() != null ? c.storyId() : -c.groupId() - 1; // unclustered: a story of its own
            if (!stories.add(story) || !groups.add(c.groupId())) continue;
            perOutlet.merge(c.sourceId(), 1, Integer::sum);
            picked.add(best);
        }
        return picked;
    }
}
