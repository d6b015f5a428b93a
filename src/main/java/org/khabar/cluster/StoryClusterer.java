package org.khabar.cluster;

import org.khabar.store.StoryStore;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online story clustering. Each article joins the best-matching live story (similarity = TF-IDF cosine with the
 * story centroid blended with tag overlap, times a time decay) or starts a new story. After a join, stories that
 * have become alike merge (the older id survives, the other redirects), and a story whose members fall apart
 * into unlinked groups splits (the group holding the oldest member keeps the id).
 *
 * <p>Cost per article stays nearly flat with corpus size: only stories inside the time window are live, and
 * candidates come from an inverted index of their top centroid terms, not from a scan.
 * Not thread-safe: one ingest thread feeds it.
 */
public final class StoryClusterer {

    /** What happened to one article. {@code merged}: ids that now redirect to {@code storyId}; {@code splitOff}: new ids. */
    public record Assignment(long storyId, boolean newStory, List<Long> merged, List<Long> splitOff) {
    }

    /** How many of a story's latest members an article is compared with, besides the centroid. */
    private static final int MEMBER_LINKS = 20;
    private static final int SPLIT_CHECK_MAX_MEMBERS = 40;
    private static final int MIN_SPLIT_GROUP = 2;

    private final StoryStore store;
    private final ClusterParams params;
    private final Map<Long, LiveStory> live = new HashMap<>();
    private final CandidateIndex candidateIndex = new CandidateIndex();
    private Instant newestSeen = Instant.EPOCH;
    private Instant lastSweep = Instant.EPOCH;

    public StoryClusterer(StoryStore store, ClusterParams params) {
        this.store = store;
        this.params = params;
    }

    /**
     * Forgets every live story. Called when a unit of work that fed this clusterer was rolled back: its live state
     * may name stories or members the store no longer has, and a forgotten story is safer than a phantom one
     * (later reports of its event start a new story, which a merge can join again).
     */
    public void reset() {
        live.clear();
        candidateIndex.clear();
    }

    public int liveStories() {
        return live.size();
    }

    public Assignment add(ArticleFeatures f) {
        if (f.published().isAfter(newestSeen)) newestSeen = f.published();
        sweepExpired();

        LiveStory best = null;
        double bestScore = 0;
        List<LiveStory> candidates = candidates(f);
        TermVector.Probe probe = f.terms().probe();
        for (LiveStory s : candidates) {
            double sc = score(f, probe, s);
            if (sc > bestScore) {
                bestScore = sc;
                best = s;
            }
        }
        if (best == null || bestScore < params.joinThreshold()) {
            LiveStory s = new LiveStory(store.createStory());
            s.add(f);
            store.assign(s.id, member(f));
            live.put(s.id, s);
            reindex(s);
            return new Assignment(s.id, true, List.of(), List.of());
        }
        best.add(f);
        store.assign(best.id, member(f));
        List<Long> merged = new ArrayList<>();
        LiveStory survivor = mergeAlike(best, candidates, merged);
        List<Long> splitOff = maybeSplit(survivor);
        reindex(survivor);
        long finalId = store.resolve(survivor.id);
        for (Long newId : splitOff) {
            if (live.get(newId).members.contains(f)) finalId = newId;
        }
        return new Assignment(finalId, false, merged, splitOff);
    }

    /** Similarity of an article to a live story, time decay applied. */
    double score(ArticleFeatures f, LiveStory s) {
        return score(f, f.terms().probe(), s);
    }

    /** {@code probe}: the article's terms, probed against the story's centroid and latest members. */
    private double score(ArticleFeatures f, TermVector.Probe probe, LiveStory s) {
        // centroid or closest recent member: a follow-up often matches one earlier report better than the average
        double cos = probe.dot(s.centroid());
        List<ArticleFeatures> ms = s.members;
        for (int i = Math.max(0, ms.size() - MEMBER_LINKS); i < ms.size(); i++) {
            cos = Math.max(cos, probe.dot(ms.get(i).terms()));
        }
        double sim = cos;
        if (!f.tagKeys().isEmpty() && params.tagWeight() > 0) {
            // Each tag counts by the share of the story's members that carry it: a tag seen once in a story of
            // hundreds says little, and counting it fully let big stories absorb any article of their topic.
            double shared = 0;
            for (String k : f.tagKeys()) shared += s.tagCounts().getOrDefault(k, 0) / (double) ms.size();
            sim = (1 - params.tagWeight()) * cos + params.tagWeight() * shared / f.tagKeys().size();
        }
        return sim * decay(s.gapMillis(f.published()));
    }

    private double decay(long gapMillis) {
        return Math.pow(0.5, gapMillis / (double) params.halfLife().toMillis());
    }

    private List<LiveStory> candidates(ArticleFeatures f) {
        long windowMillis = params.window().toMillis();
        long maxSpanMillis = params.maxSpan().toMillis();
        List<LiveStory> top = candidateIndex.top(f.terms(), params.voteTerms(), params.maxCandidates());
        top.removeIf(s -> s.gapMillis(f.published()) > windowMillis || s.spanMillisWith(f.published()) > maxSpanMillis);
        return top;
    }

    /** Merges into {@code s} (or {@code s} into) other candidate stories whose centroids are now alike. */
    private LiveStory mergeAlike(LiveStory s, List<LiveStory> candidates, List<Long> merged) {
        LiveStory survivor = s;
        TermVector probed = null;
        TermVector.Probe probe = null;
        for (LiveStory o : candidates) {
            if (o == survivor || !live.containsKey(o.id) || !live.containsKey(survivor.id)) continue;
            if (survivor.spanMillisWith(o) > params.maxSpan().toMillis()) continue;
            if (survivor.centroid() != probed) { // a merge changes the survivor's centroid
                probed = survivor.centroid();
                probe = probed.probe();
            }
            double sim = probe.dot(o.centroid()) * decay(survivor.gapMillis(o));
            if (sim < params.mergeThreshold()) continue;
            LiveStory older = isOlder(o, survivor) ? o : survivor;
            LiveStory younger = older == o ? survivor : o;
            store.merge(younger.id, older.id);
            older.absorb(younger);
            unindex(younger);
            live.remove(younger.id);
            merged.add(younger.id);
            survivor = older;
        }
        return survivor;
    }

    private static boolean isOlder(LiveStory a, LiveStory b) {
        int c = a.first.compareTo(b.first);
        return c != 0 ? c < 0 : a.id < b.id;
    }

    /**
     * Links members whose pairwise similarity reaches the split threshold; groups of at least two members not
     * linked to the oldest member's group become new stories. Only stories of up to
     * {@value #SPLIT_CHECK_MAX_MEMBERS} members are checked, which bounds the quadratic cost per article; a story
     * that large has been confirmed by many articles and is not split any more.
     */
    private List<Long> maybeSplit(LiveStory s) {
        int n = s.members.size();
        if (n < 2 * MIN_SPLIT_GROUP + 1) return List.of();
        if (n > SPLIT_CHECK_MAX_MEMBERS) return List.of();
        List<List<ArticleFeatures>> groups = linkedGroups(s.members);
        if (groups.size() < 2) return List.of();
        ArticleFeatures oldest = s.members.stream()
                .min(Comparator.comparing(ArticleFeatures::published).thenComparingLong(ArticleFeatures::articleId))
                .orElseThrow();
        List<Long> created = new ArrayList<>();
        List<ArticleFeatures> gone = new ArrayList<>();
        for (List<ArticleFeatures> g : groups) {
            if (g.contains(oldest) || g.size() < MIN_SPLIT_GROUP) continue;
            LiveStory ns = new LiveStory(store.createStory());
            g.forEach(ns::add);
            store.move(g.stream().map(ArticleFeatures::articleId).toList(), ns.id);
            live.put(ns.id, ns);
            reindex(ns);
            gone.addAll(g);
            created.add(ns.id);
        }
        if (!gone.isEmpty()) s.removeAll(gone);
        return created;
    }

    private List<List<ArticleFeatures>> linkedGroups(List<ArticleFeatures> ms) {
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            TermVector.Probe probe = ms.get(i).terms().probe();
            for (int j = i + 1; j < n; j++) {
                if (probe.dot(ms.get(j).terms()) >= params.splitThreshold()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<ArticleFeatures>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ms.get(i));
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        Deque<Integer> path = new ArrayDeque<>();
        while (parent[i] != i) {
            path.push(i);
            i = parent[i];
        }
        for (int p : path) parent[p] = i;
        return i;
    }

    private void reindex(LiveStory s) {
        unindex(s);
        s.indexedTerms = s.centroid().topIds(params.indexTerms());
        candidateIndex.add(s, s.indexedTerms);
    }

    private void unindex(LiveStory s) {
        candidateIndex.remove(s, s.indexedTerms);
        s.indexedTerms = new int[0];
    }

    /**
     * Drops stories whose newest member is older than the window, or whose first member is older than the longest
     * span (they can take no newer article); they stay in the store, just no longer grow.
     */
    private void sweepExpired() {
        if (newestSeen.toEpochMilli() - lastSweep.toEpochMilli() < 3_600_000L) return;
        lastSweep = newestSeen;
        Instant horizon = newestSeen.minus(params.window());
        Instant spanHorizon = newestSeen.minus(params.maxSpan());
        List<LiveStory> expired = live.values().stream()
                .filter(s -> s.last.isBefore(horizon) || s.first.isBefore(spanHorizon)).toList();
        for (LiveStory s : expired) {
            unindex(s);
            live.remove(s.id);
        }
    }

    private static StoryStore.Member member(ArticleFeatures f) {
        return new StoryStore.Member(f.articleId(), f.sourceId(), f.published());
    }
}
