package org.khabar.related;

import java.time.Duration;

/**
 * Weights of {@link RelatedRanker}.
 *
 * @param relevanceWeight  weight of the retrieval score, normalised to the best candidate's
 * @param tagWeight        weight of tag overlap (shared tags / query tags)
 * @param recencyWeight    weight of closeness in time (1 at zero gap, halved every {@code recencyHalfLife})
 * @param outletPenalty    factor applied per item already taken from the same outlet (1 = no mixing)
 * @param size             length of the similar list
 * @param maxSharedTags    at most this many shared tag labels are given as the reason
 */
public record RankingParams(double relevanceWeight, double tagWeight, double recencyWeight, Duration recencyHalfLife,
                            double outletPenalty, int size, int maxSharedTags) {
    public static RankingParams defaults() {
        return new RankingParams(0.6, 0.25, 0.15, Duration.ofDays(7), 0.85, 10, 3);
    }

    public RankingParams {
        if (size < 1) throw new IllegalArgumentException("size >= 1");
        if (outletPenalty <= 0 || outletPenalty > 1) throw new IllegalArgumentException("outletPenalty in (0,1]");
    }
}
