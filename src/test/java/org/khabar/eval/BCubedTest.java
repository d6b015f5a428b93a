package org.khabar.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BCubedTest {
    private final Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2");

    @Test
    void perfectClusteringScoresOne() {
        var s = BCubed.score(gold, Map.of("a", "x", "b", "x", "c", "x", "d", "y"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void singletonsHavePerfectPrecisionAndPartialRecall() {
        var s = BCubed.score(gold, Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
        assertThat(s.precision()).isEqualTo(1.0);
        // a,b,c each recall 1/3, d recall 1
        assertThat(s.recall()).isCloseTo((3 * (1.0 / 3) + 1) / 4, within(1e-9));
    }

    @Test
    void oneBigClusterHasPerfectRecallAndPartialPrecision() {
        var s = BCubed.score(gold, Map.of("a", "x", "b", "x", "c", "x", "d", "x"));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo((3 * 0.75 + 0.25) / 4, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
    }
}
