package org.khabar.cluster;

import java.time.Duration;

/**
 * Tuning of {@link StoryClusterer}.
 *
 * @param window          a story takes new articles only if one of its members is this close in time
 * @param halfLife        time gap at which the similarity to a story is halved (time decay)
 * @param joinThreshold   minimum decayed similarity to join a story; below it the article starts a new one
 * @param mergeThreshold  minimum centroid similarity (decayed) at which two live stories merge
 * @param splitThreshold  member–member similarity below which members are not linked when checking a split
 * @param tagWeight       share of tag overlap in the similarity (the rest is TF-IDF cosine)
 * @param indexTerms      how many top centroid terms of each live story the candidate index holds
 * @param maxCandidates   at most this many candidate stories are scored per article
 */
public record ClusterParams(Duration window, Duration halfLife, double joinThreshold, double mergeThreshold,
                            double splitThreshold, double tagWeight, int indexTerms, int maxCandidates) {

    public static ClusterParams defaults() {
        return new ClusterParams(Duration.ofDays(3), Duration.ofHours(36), 0.20, 0.55, 0.12, 0.2, 30, 50);
    }

    public ClusterParams {
        if (joinThreshold <= 0 || joinThreshold > 1) throw new IllegalArgumentException("joinThreshold in (0,1]");
        if (tagWeight < 0 || tagWeight > 1) throw new IllegalArgumentException("tagWeight in [0,1]");
        if (indexTerms < 1 || maxCandidates < 1) throw new IllegalArgumentException("indexTerms, maxCandidates >= 1");
    }

    public ClusterParams withJoinThreshold(double t) {
        return new ClusterParams(window, halfLife, t, mergeThreshold, splitThreshold, tagWeight, indexTerms, maxCandidates);
    }

    public ClusterParams withMergeThreshold(double t) {
        return new ClusterParams(window, halfLife, joinThreshold, t, splitThreshold, tagWeight, indexTerms, maxCandidates);
    }

    public ClusterParams withSplitThreshold(double t) {
        return new ClusterParams(window, halfLife, joinThreshold, mergeThreshold, t, tagWeight, indexTerms, maxCandidates);
    }

    public ClusterParams withTagWeight(double w) {
        return new ClusterParams(window, halfLife, joinThreshold, mergeThreshold, splitThreshold, w, indexTerms, maxCandidates);
    }
}
