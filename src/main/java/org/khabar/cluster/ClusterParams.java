package org.khabar.cluster;

import java.time.Duration;

/**
 * Tuning of {@link StoryClusterer}.
 *
 * @param window          a story takes new articles only if one of its members is this close in time
 * @param maxSpan         a story never spans more than this, first member to last: a story is an event, and
 *                        without a bound the window let a topic's reports chain into one story for months
 * @param halfLife        time gap at which the similarity to a story is halved (time decay)
 * @param joinThreshold   minimum decayed similarity to join a story; below it the article starts a new one
 * @param mergeThreshold  minimum centroid similarity (decayed) at which two live stories merge
 * @param splitThreshold  member–member similarity below which members are not linked when checking a split
 * @param tagWeight       share of tag overlap in the similarity (the rest is TF-IDF cosine)
 * @param indexTerms      how many top centroid terms of each live story the candidate index holds
 * @param voteTerms       how many of the article's heaviest terms vote for candidate stories
 * @param maxCandidates   at most this many candidate stories are scored per article
 */
public record ClusterParams(Duration window, Duration maxSpan, Duration halfLife, double joinThreshold, double mergeThreshold,
                            double splitThreshold, double tagWeight, int indexTerms, int voteTerms, int maxCandidates) {

    /**
     * An article's terms beyond its heaviest few vote mostly for stories that share only common words with it, and
     * at scale those words list thousands of live stories each.
     */
    static final int VOTE_TERMS = 40;

    static final Duration MAX_SPAN = Duration.ofDays(7);

    public static ClusterParams defaults() {
        return new ClusterParams(Duration.ofDays(3), MAX_SPAN, Duration.ofHours(36), 0.20, 0.55, 0.12, 0.2, 30, VOTE_TERMS, 50);
    }

    public ClusterParams {
        if (maxSpan.compareTo(window) < 0) throw new IllegalArgumentException("maxSpan must be at least the window");
        if (joinThreshold <= 0 || joinThreshold > 1) throw new IllegalArgumentException("joinThreshold in (0,1]");
        if (tagWeight < 0 || tagWeight > 1) throw new IllegalArgumentException("tagWeight in [0,1]");
        if (indexTerms < 1 || voteTerms < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("indexTerms, voteTerms, maxCandidates >= 1");
        }
    }

    public ClusterParams withJoinThreshold(double t) {
        return new ClusterParams(window, maxSpan, halfLife, t, mergeThreshold, splitThreshold, tagWeight, indexTerms, voteTerms, maxCandidates);
    }

    public ClusterParams withMergeThreshold(double t) {
        return new ClusterParams(window, maxSpan, halfLife, joinThreshold, t, splitThreshold, tagWeight, indexTerms, voteTerms, maxCandidates);
    }

    public ClusterParams withSplitThreshold(double t) {
        return new ClusterParams(window, maxSpan, halfLife, joinThreshold, mergeThreshold, t, tagWeight, indexTerms, voteTerms, maxCandidates);
    }

    public ClusterParams withTagWeight(double w) {
        return new ClusterParams(window, maxSpan, halfLife, joinThreshold, mergeThreshold, splitThreshold, w, indexTerms, voteTerms, maxCandidates);
    }
}
