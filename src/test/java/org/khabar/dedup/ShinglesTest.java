package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShinglesTest {

    @Test
    void countsDistinctRunsOfKWords() {
        List<String> words = List.of("a", "b", "c", "a", "b", "c");
        // abc, bca, cab, abc -> 3 distinct
        assertThat(Shingles.of(words, 3)).hasSize(3);
        assertThat(Shingles.of(words, 1)).hasSize(3);
        assertThat(Shingles.of(words, 6)).hasSize(1);
    }

    @Test
    void wordOrderMatters() {
        assertThat(Shingles.of(List.of("x", "y", "z"), 3)).isNotEqualTo(Shingles.of(List.of("z", "y", "x"), 3));
        assertThat(Shingles.of(List.of("x", "y", "z"), 3)).isEqualTo(Shingles.of(List.of("x", "y", "z"), 3));
    }

    @Test
    void shortTextIsOneShingleAndEmptyIsNone() {
        assertThat(Shingles.of(List.of("a", "b"), 3)).hasSize(1);
        assertThat(Shingles.of(List.of(), 3)).isEmpty();
        assertThatThrownBy(() -> Shingles.of(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputIsSortedSoJaccardCanMerge() {
        long[] s = Shingles.of(List.of("one", "two", "three", "four", "five", "six", "seven"), 2);
        for (int i = 1; i < s.length; i++) assertThat(s[i]).isGreaterThan(s[i - 1]);
        long[] t = Shingles.of(List.of("one", "two", "three", "four", "eight", "nine", "ten"), 2);
        // shared: one two, two three, three four -> 3 of 6+6-3 = 9
        assertThat(Shingles.jaccard(s, t)).isEqualTo(3.0 / 9.0);
    }
}
