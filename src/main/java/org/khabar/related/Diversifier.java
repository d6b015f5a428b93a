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
 *   <li>outlets mixed among comparably relevant items: at most {@code maxPerOutlet} similar items from one outlet
 *       while other outlets have eligible items in the head of the candidates (the best hits, {@code window});
 *       held-back head items come back before any deeper candidate. Deeper candidates are a reserve for lists the
 *       head cannot fill, mostly on other topics: a reader of a club's transfer news is better served by a fourth
 *       item on the club from the same outlet than by an unrelated match report from another one.</li>
 *   <li>the mix never trades an item with more evidence of the article's topic for one with less: the head's
 *       items pass by {@link #evidence} (two shared tags, or one and two shared headline words; one shared tag;
 *       none), and each pass's held-back items come before the next pass (a list on an ancient Egyptian tomb took
 *       mass graves in Raqqa from other outlets over the same outlet's fourth and fifth tomb reports). Among the
 *       best hits of the judged lists, 0.83 of the items sharing two tags are useful against 0.65 sharing one, and
 *       among those sharing one tag, 0.82 of those whose headline shares two words against 0.40 sharing none.</li>
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

    /** {@code candidates} best first, all of them the head; {@code now} is stamped on the result. */
    public Related select(RelatedQuery q, List<RelatedCandidate> candidates, Instant now) {
        return select(q, candidates, Integer.MAX_VALUE, now);
    }

    /**
     * {@code candidates} best first, the first {@code window} of them the head (comparably relevant hits), the
     * rest a reserve; {@code now} is stamped on the result as its computation time.
     */
    public Related select(RelatedQuery q, List<RelatedCandidate> candidates, int window, Instant now) {
        Eligible e = eligible(q, candidates, window);
        if (e.items().isEmpty()) return new Related(null, List.of(), now, false);
        RelatedCandidate readAlso = e.items().get(0);
        List<RelatedCandidate> ranked = e.items().subList(1, e.items().size());
        List<RelatedCandidate> similar = mixOutlets(ranked, passes(q, ranked, e.head() - 1));
        List<RelatedItem> items = similar.stream()
                .map(c -> new RelatedItem(c.articleId(), c.relevance(), sharedTags(q.tags(), c.tags())))
                .toList();
        return new Related(readAlso.articleId(), items, now, false);
    }

    /** {@link #isSettled(RelatedQuery, List, int)} while every candidate so far is in the head. */
    public boolean isSettled(RelatedQuery q, List<RelatedCandidate> candidates) {
        return isSettled(q, candidates, Integer.MAX_VALUE);
    }

    /**
     * Whether more candidates appended after {@code candidates} (best first, the first {@code window} the head)
     * could still change {@link #select}'s result. Every rule looks only at earlier candidates (one per story, the
     * first eligible one as "read also", an outlet's count so far), so they cannot once "read also" is found and
     * the list is full without an item that a later candidate might displace: while the head is still being read,
     * a later head item of the strongest evidence comes before held-back items and before every item of less, so
     * only items of the first pass taken under the cap settle the list; once the head is complete its passes are
     * final, and only reserve items taken under the cap count as well.
     */
    public boolean isSettled(RelatedQuery q, List<RelatedCandidate> candidates, int window) {
        Eligible e = eligible(q, candidates, window);
        if (e.items().isEmpty()) return false;
        List<RelatedCandidate> ranked = e.items().subList(1, e.items().size());
        if (candidates.size() < window) {
            return capOutlets(passes(q, ranked, ranked.size()).get(0), new HashMap<>()).taken().size() == size;
        }
        List<List<RelatedCandidate>> passes = passes(q, ranked, e.head() - 1);
        Map<String, Integer> perOutlet = new HashMap<>();
        int headItems = 0;
        for (List<RelatedCandidate> pass : passes.subList(0, passes.size() - 1)) {
            capOutlets(pass, perOutlet);
            headItems += pass.size();
        }
        int tailTaken = capOutlets(passes.get(passes.size() - 1), perOutlet).taken().size();
        return headItems + tailTaken >= size;
    }

    /**
     * Candidates that may be shown, best first: not excluded, and only the first of each story; {@code head}: how
     * many of them come from the first {@code window} candidates.
     */
    private static Eligible eligible(RelatedQuery q, List<RelatedCandidate> candidates, int window) {
        List<RelatedCandidate> eligible = new ArrayList<>();
        Set<Long> stories = new HashSet<>();
        int head = 0;
        for (int i = 0; i < candidates.size(); i++) {
            RelatedCandidate c = candidates.get(i);
            if (isExcluded(q, c)) continue;
            if (!stories.add(storyKey(c))) continue;
            eligible.add(c);
            if (i < window) head++;
        }
        return new Eligible(eligible, head);
    }

    private record Eligible(List<RelatedCandidate> items, int head) {
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

    /** Levels of {@link #evidence}. */
    static final int EVIDENCE_LEVELS = 3;

    /**
     * How clearly an item is on the article's topic: 2 when it shares two or more of the article's tags, or one tag
     * and two or more headline words; 1 when it shares one tag; 0 when none.
     */
    public static int evidence(RelatedQuery q, RelatedCandidate c) {
        int tags = sharedTags(q.tags(), c.tags()).size();
        if (tags >= 2) return 2;
        if (tags == 0) return 0;
        return sharedWords(q.titleWords(), c.titleWords()) >= 2 ? 2 : 1;
    }

    private static int sharedWords(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String w : small) if (large.contains(w)) n++;
        return n;
    }

    /**
     * The outlet mix's passes over {@code ranked} (eligible, best first), in the order they fill the list: the first
     * {@code head} items by {@link #evidence}, strongest first, then the deeper reserve.
     */
    private static List<List<RelatedCandidate>> passes(RelatedQuery q, List<RelatedCandidate> ranked, int head) {
        int h = Math.max(0, Math.min(head, ranked.size()));
        List<List<RelatedCandidate>> passes = new ArrayList<>();
        for (int level = 0; level <= EVIDENCE_LEVELS; level++) passes.add(new ArrayList<>());
        for (RelatedCandidate c : ranked.subList(0, h)) passes.get(EVIDENCE_LEVELS - 1 - evidence(q, c)).add(c);
        passes.set(EVIDENCE_LEVELS, ranked.subList(h, ranked.size()));
        return passes;
    }

    /**
     * The first {@code size} items pass by pass in relevance order, skipping an outlet's items beyond
     * {@code maxPerOutlet}; the skipped ones of a pass fill the list (best first) before the next pass's turn, since
     * no alternative as good exists. The list keeps relevance order.
     */
    private List<RelatedCandidate> mixOutlets(List<RelatedCandidate> ranked, List<List<RelatedCandidate>> passes) {
        Map<String, Integer> perOutlet = new HashMap<>();
        Set<RelatedCandidate> taken = new HashSet<>();
        for (List<RelatedCandidate> pass : passes) fill(taken, capOutlets(pass, perOutlet));
        Map<RelatedCandidate, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) rank.putIfAbsent(ranked.get(i), i);
        return taken.stream().sorted(Comparator.comparingInt(rank::get)).toList();
    }

    /** Adds a pass's items to the list, its held-back ones last, until the list is full. */
    private void fill(Set<RelatedCandidate> taken, OutletPass pass) {
        for (RelatedCandidate c : pass.taken()) {
            if (taken.size() == size) return;
            taken.add(c);
        }
        for (RelatedCandidate c : pass.heldBack()) {
            if (taken.size() == size) return;
            taken.add(c);
        }
    }

    /**
     * Items taken in relevance order while their outlet is under its cap ({@code perOutlet} counts on from earlier
     * passes), until the list could be full; the rest held back.
     */
    private OutletPass capOutlets(List<RelatedCandidate> ranked, Map<String, Integer> perOutlet) {
        List<RelatedCandidate> taken = new ArrayList<>();
        List<RelatedCandidate> heldBack = new ArrayList<>();
        int already = perOutlet.values().stream().mapToInt(Integer::intValue).sum();
        for (RelatedCandidate c : ranked) {
            if (already + taken.size() == size) break;
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

    private record OutletPass(List<RelatedCandidate> taken, List<RelatedCandidate> heldBack) {
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
