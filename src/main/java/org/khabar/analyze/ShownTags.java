package org.khabar.analyze;

import java.util.List;

/**
 * How many tags an article carries: the issue asks for 5 to 8, and the tail is where the weak ones are. Read by a
 * strict editor (khabar eval tag-review), shown tags the learned ranker gives under 0.1 are publishable 26% of the
 * time and those at 0.5 or more 76%: so every article shows its best {@link #MIN}, and up to {@link #MAX} only while
 * the ranker still gives {@link #MIN_SCORE_AFTER_MIN}. Hand-set scores are not probabilities: there the list is
 * only cut at {@link #MAX}.
 */
public final class ShownTags {

    /** Tags every article with enough content shows. */
    public static final int MIN = 5;
    /** Most tags an article shows (and stores: tag pages, similar-list reasons and stories use the same ones). */
    public static final int MAX = 8;
    /** Ranker probability a tag after the first {@link #MIN} needs to be shown. */
    static final double MIN_SCORE_AFTER_MIN = 0.15;

    private ShownTags() {
    }

    /** The shown prefix of {@code ranked} (best first, at most {@link #MAX}); {@code learned}: scores are probabilities. */
    static List<org.khabar.core.Tag> of(List<org.khabar.core.Tag> ranked, boolean learned) {
        int n = Math.min(MAX, ranked.size());
        if (learned) {
            int keep = Math.min(MIN, n);
            while (keep < n && ranked.get(keep).score() >= MIN_SCORE_AFTER_MIN) {
                keep++;
            }
            n = keep;
        }
        return List.copyOf(ranked.subList(0, n));
    }
}
