package org.khabar.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory state of a story still inside the clustering window: members, term centroid, tag counts. */
final class LiveStory {
    final long id;
    final List<ArticleFeatures> members = new ArrayList<>();
    private final Map<String, Double> termSum = new HashMap<>();
    private final Map<String, Integer> tagCounts = new HashMap<>();
    private TermVector centroid;
    Instant first;
    Instant last;
    /** Ids of the terms under which the candidate index lists this story right now. */
    int[] indexedTerms = new int[0];
    /** Scratch of {@link CandidateIndex#top}: this story's vote in the round numbered {@code voteRound}. */
    double vote;
    int voteRound;

    /** The centroid keeps only this many heaviest terms, so per-article cost stays bounded for big stories. */
    static final int MAX_TERMS = 300;

    LiveStory(long id) {
        this.id = id;
    }

    void add(ArticleFeatures f) {
        members.add(f);
        f.terms().weights().forEach((t, w) -> termSum.merge(t, w, Double::sum));
        if (termSum.size() > 2 * MAX_TERMS) prune();
        f.tagKeys().forEach(k -> tagCounts.merge(k, 1, Integer::sum));
        first = first == null || f.published().isBefore(first) ? f.published() : first;
        last = last == null || f.published().isAfter(last) ? f.published() : last;
        centroid = null;
    }

    private void prune() {
        List<Map.Entry<String, Double>> es = new ArrayList<>(termSum.entrySet());
        es.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = MAX_TERMS; i < es.size(); i++) termSum.remove(es.get(i).getKey());
    }

    void removeAll(List<ArticleFeatures> gone) {
        members.removeAll(gone);
        termSum.clear();
        tagCounts.clear();
        first = last = null;
        List<ArticleFeatures> keep = new ArrayList<>(members);
        members.clear();
        keep.forEach(this::add);
    }

    void absorb(LiveStory other) {
        other.members.forEach(this::add);
    }

    TermVector centroid() {
        if (centroid == null) centroid = TermVector.of(termSum);
        return centroid;
    }

    Map<String, Integer> tagCounts() {
        return tagCounts;
    }

    /** Time from {@code t} to the nearest point of this story's span; zero inside it. */
    long gapMillis(Instant t) {
        if (t.isBefore(first)) return first.toEpochMilli() - t.toEpochMilli();
        if (t.isAfter(last)) return t.toEpochMilli() - last.toEpochMilli();
        return 0;
    }

    /** This story's span, first member to last, if {@code t} were added. */
    long spanMillisWith(Instant t) {
        return Math.max(last.toEpochMilli(), t.toEpochMilli()) - Math.min(first.toEpochMilli(), t.toEpochMilli());
    }

    /** The span of this story and {@code o} together. */
    long spanMillisWith(LiveStory o) {
        return Math.max(last.toEpochMilli(), o.last.toEpochMilli()) - Math.min(first.toEpochMilli(), o.first.toEpochMilli());
    }

    long gapMillis(LiveStory o) {
        if (o.last.isBefore(first)) return first.toEpochMilli() - o.last.toEpochMilli();
        if (o.first.isAfter(last)) return o.first.toEpochMilli() - last.toEpochMilli();
        return 0;
    }
}
