package org.khabar.app;

import org.khabar.store.StoryStore.Activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders stories for the home page ("top stories") and {@code GET /api/v1/stories}:
 *
 * <pre>
 *   score = (ln(1 + outlets) + 0.5 · ln(1 + recent)) · 2^(−age / 24 h)
 * </pre>
 *
 * <ul>
 *   <li><b>outlets</b> — distinct outlets with a report of their own. Breadth is the best sign that a story
 *       matters: each outlet decided on its own to cover it. The logarithm gives diminishing returns (a second
 *       outlet doubles the evidence, an eighth adds little), so one huge story cannot bury all others. Reports are
 *       counted by outlet, not by article, so one outlet filing ten updates does not look like ten outlets;
 *       syndicated copies are not members of a story and do not count (a wire text carried everywhere is one
 *       report).</li>
 *   <li><b>recent</b> — reports published in the last {@value #GROWTH_HOURS} hours: growth. A developing
 *       story rises above a finished one of the same breadth; weighted at half the breadth term because a burst
 *       from few outlets is weaker evidence than many outlets.</li>
 *   <li><b>age</b> — time since the story's newest report: freshness. Halved every {@value #HALF_LIFE_HOURS}
 *       hours, so yesterday's five-outlet story (ln 6 · ½ ≈ 0.90) has sunk below a report from this hour
 *       (ln 2 + ½ ln 2 ≈ 1.04), while one from 12 hours ago (≈ 1.27) still leads it.</li>
 * </ul>
 *
 * "Now" is the newest publication time in the store (not after the clock), not the wall clock: a store that has
 * not been fed for a while, or an imported archive, still has a front page of its last days instead of an empty
 * one. Only stories updated within {@value #WINDOW_HOURS} hours of it are candidates (the clustering window:
 * older stories no longer grow). Ties: newer update first, then the higher id.
 */
public final class StoryRanking {
    static final int GROWTH_HOURS = 6;
    static final int HALF_LIFE_HOURS = 24;
    static final int WINDOW_HOURS = 72;
    static final double GROWTH_WEIGHT = 0.5;
    /** Candidates ranked per request: far more than anyone pages through, bounded so the read stays cheap. */
    static final int MAX_CANDIDATES = 500;

    public static final Duration GROWTH_WINDOW = Duration.ofHours(GROWTH_HOURS);
    public static final Duration WINDOW = Duration.ofHours(WINDOW_HOURS);
    private static final double HALF_LIFE_MILLIS = Duration.ofHours(HALF_LIFE_HOURS).toMillis();

    private StoryRanking() {
    }

    /** The score of one story at reference time {@code now}. */
    public static double score(Activity a, Instant now) {
        double breadth = Math.log1p(a.story().outletCount());
        double growth = GROWTH_WEIGHT * Math.log1p(a.recentArticles());
        long ageMillis = Math.max(0, now.toEpochMilli() - a.story().lastPublished().toEpochMilli());
        return (breadth + growth) * Math.pow(0.5, ageMillis / HALF_LIFE_MILLIS);
    }

    /** Best first. */
    public static List<Activity> rank(List<Activity> stories, Instant now) {
        return stories.stream()
                .filter(a -> a.story().lastPublished() != null)
                .sorted(Comparator.comparingDouble((Activity a) -> score(a, now)).reversed()
                        .thenComparing((Activity a) -> a.story().lastPublished(), Comparator.reverseOrder())
                        .thenComparing((Activity a) -> a.story().id(), Comparator.reverseOrder()))
                .toList();
    }
}
