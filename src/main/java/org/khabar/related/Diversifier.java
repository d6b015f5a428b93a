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
 * Turns candidates already in relevance order into "read also" plus a similar list an editor would keep.
 * It never reorders by a score of its own (relevance stays the retrieval's job); it only removes and holds back:
 * <ul>
 *   <li>never the article itself, never a member of its duplicate group, never a syndicated copy at all (its
 *       canonical article stands for it);</li>
 *   <li>never an article of the article's own story: the story page ("التغطية الكاملة") covers those;</li>
 *   <li>at most one item per story, counting "read also", so the box shows that many different stories;</li>
 *   <li>outlets mixed: at most {@code maxPerOutlet} similar items from one outlet while other outlets have
 *       eligible items; held-back items fill the list only when nothing else is left.</li>
 * </ul>
 * "Read also" is the most relevant eligible candidate (so it comes from another story) and never appears in the
 * similar list. The similar list keeps relevance order. Pure logic: no store, no index.
 */
public final class Diversifier {
    /** Shared tag labels given as an item's reason; more would not fit the page's one-line "مشترك: …". */
    static final int MAX_SHARED_TAGS = 3;

    private final int size;
    private final int maxPerOutlet;

    public Diversifier(int size, int maxPerOutlet) {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1");
        if (maxPerOutlet < 1) throw new IllegalArgumentException("maxPerOutlet must be >= 1");
        this.size = size;
        this.maxPerOutlet = maxPerOutlet;
    }

    /** {@code candidates} best first; {@code now} is stamped on the result as its computation time. */
    public Related select(RelatedQuery q, List<RelatedCandidate> candidates, Instant now) {
        List<RelatedCandidate> eligible = eligible(q, candidates);
        if (eligible.isEmpty()) return new Related(null, List.of(), now, false);
        RelatedCandidate readAlso = eligible.get(0);
        List<RelatedCandidate> similar = mixOutlets(eligible.subList(1, eligible.size()));
        List<RelatedItem> items = similar.stream()
                .map(c -> new RelatedItem(c.articleId(), c.relevance(), sharedTags(q.tags(), c.tags())))
                .toList();
        return new Related(readAlso.articleId(), items, now, false);
    }

    /**
     * Whether more candidates appended after {@code candidates} (best first) could still change
     * {@link #select}'s result. They cannot once "read also" is found and the similar list is full without
     * reaching past them: every rule looks only at earlier candidates (one per story, the first eligible one as
     * "read also", an outlet's count so far), and held-back items are used only when the list stays short. Until then
     * a later candidate may fill a slot, and one from an outlet under its cap would even displace a held-back one.
     */
    public boolean isSettled(RelatedQuery q, List<RelatedCandidate> candidates) {
        List<RelatedCandidate> eligible = eligible(q, candidates);
        if (eligible.isEmpty()) return false;
        return capOutlets(eligible.subList(1, eligible.size())).taken().size() == size;
    }

    /** Candidates that may be shown, best first: not excluded, and only the first of each story. */
    private static List<RelatedCandidate> eligible(RelatedQuery q, List<RelatedCandidate> candidates) {
        List<RelatedCandidate> eligible = new ArrayList<>();
        Set<Long> stories = new HashSet<>();
        for (RelatedCandidate c : candidates) {
            if (isExcluded(q, c)) continue;
            if (!stories.add(storyKey(c))) continue;
            eligible.add(c);
        }
        return eligible;
    }

    /** The article itself, its duplicate group, any copy, its own story. */
    public static boolean isExcluded(RelatedQuery q, RelatedCandidate c) {
        if (c.articleId() == q.articleId() || c.articleId() == q.groupId()) return true;
        if (q.duplicateIds().contains(c.articleId()) || c.groupId() == q.groupId()) return true;
        if (c.duplicateOf() != null) return true;
        return q.storyId() != null && q.storyId().equals(c.storyId());
    }

    /** An article not clustered yet counts as a story of its own (negative keys cannot clash with story ids). */
    private static long storyKey(RelatedCandidate c) {
        return c.storyId() != null ? c.storyId() : -c.groupId() - 1;
    }

    /**
     * The first {@code size} items in relevance order, skipping an outlet's items beyond {@code maxPerOutlet};
     * if that leaves the list short, the skipped ones fill it (best first), since no alternative exists.
     */
    private List<RelatedCandidate> mixOutlets(List<RelatedCandidate> ranked) {
        OutletPass pass = capOutlets(ranked);
        Set<RelatedCandidate> taken = pass.taken();
        for (RelatedCandidate c : pass.heldBack()) {
            if (taken.size() == size) break;
            taken.add(c);
        }
        Map<RelatedCandidate, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) rank.putIfAbsent(ranked.get(i), i);
        return taken.stream().sorted(Comparator.comparingInt(rank::get)).toList();
    }

    /** Items taken in relevance order while their outlet is under its cap, until the list is full; the rest held. */
    private OutletPass capOutlets(List<RelatedCandidate> ranked) {
        Map<String, Integer> perOutlet = new HashMap<>();
        Set<RelatedCandidate> taken = new HashSet<>();
        List<RelatedCandidate> heldBack = new ArrayList<>();
        for (RelatedCandidate c : ranked) {
            if (taken.size() == size) break;
            int n = perOutlet.getOrDefault(c.sourceId(), 0);
            if (n >= maxPerOutlet) {
                heldBack.add(c);
                continue;
            }
            perOutlet.put(c.sourceId(), n + 1);
            taken.add(c);
        }
        return new OutletPass(taken, heldBack);
    }

    private record OutletPass(Set<RelatedCandidate> taken, List<RelatedCandidate> heldBack) {
    }

    /** Labels of the query's tags that the candidate carries too (by tag key), in the query's tag order. */
    public static List<String> sharedTags(List<Tag> queryTags, List<Tag> candidateTags) {
        Set<String> keys = new HashSet<>();
        for (Tag t : candidateTags) keys.add(t.key());
        List<String> labels = new ArrayList<>();
        for (Tag t : queryTags) {
            if (keys.contains(t.key()) && !labels.contains(t.label())) labels.add(t.label());
            if (labels.size() == MAX_SHARED_TAGS) break;
        }
        return labels;
    }
}
