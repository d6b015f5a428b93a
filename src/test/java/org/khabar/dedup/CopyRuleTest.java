package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CopyRuleTest {
    private final CopyRule rule = new CopyRule(DedupConfig.DEFAULT);

    @Test
    void highJaccardIsACopy() {
        assertThat(rule.isCopy(0.7, 200, 210)).isTrue();
        assertThat(rule.isCopy(0.2, 200, 210)).isFalse();
    }

    @Test
    void truncatedCopyCountsThroughContainment() {
        // 60% truncation: the short text is entirely inside the long one, J = 120/200 = 0.6 → also via Jaccard;
        // with a few edits J drops to ~0.45 but containment stays high.
        assertThat(CopyRule.containment(0.45, 120, 200)).isCloseTo(0.45 * 320 / 1.45 / 120, within(1e-9));
        assertThat(rule.isCopy(0.45, 120, 200)).isTrue();
    }

    @Test
    void aShortBriefInsideALongRoundupIsNotACopy() {
        // fully contained, but a tenth of the size: containment alone must not decide
        assertThat(rule.isCopy(0.1, 20, 200)).isFalse();
    }
}
