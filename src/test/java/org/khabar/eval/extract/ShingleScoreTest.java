package org.khabar.eval.extract;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values were computed with the benchmark's own evaluate.py (python3), not with this class. */
class ShingleScoreTest {
    private static final Offset<Double> EPS = Offset.offset(1e-9);

    @Test
    void perPageTriplesMatchEvaluatePy() {
        ShingleScore s = new ShingleScore();
        assertThat(s.add("The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over the lazy cat and more"))
                .containsExactly(new double[]{5 / 9.0, 3 / 9.0, 1 / 9.0}, EPS);
        assertThat(s.add("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين", "أعلنت الحكومة اليوم عن خطة جديدة"))
                .containsExactly(new double[]{0.6, 0, 0.4}, EPS);
        assertThat(s.add("short text", "short text")).containsExactly(new double[]{1, 0, 0}, EPS);
        // evaluate.py: F1 0.841845140032949, P 0.875, R 0.8111111111111111 over these three pages
        assertThat(s.precision()).isCloseTo(0.875, EPS);
        assertThat(s.recall()).isCloseTo(0.8111111111111111, EPS);
        assertThat(s.f1()).isCloseTo(0.841845140032949, EPS);
        assertThat(s.accuracy()).isCloseTo(1 / 3.0, EPS);
    }

    @Test
    void emptyTruthAndPythonWordCharactersWithoutCombiningMarks() {
        assertThat(new ShingleScore().add("", "something here now")).containsExactly(new double[]{0, 1, 0}, EPS);
        // Python's \w excludes Arabic harakat, so a vocalised word splits into pieces
        assertThat(ShingleScore.tokenize("كَتَبَ الوَلَدُ")).containsExactly("ك", "ت", "ب", "الو", "ل", "د");
        assertThat(new ShingleScore().add("كَتَبَ الوَلَدُ الدَّرْسَ فِي البَيْتِ اليَوْمَ", "كتب الولد الدرس في البيت اليوم"))
                .containsExactly(new double[]{0, 3 / 17.0, 14 / 17.0}, EPS);
    }
}
