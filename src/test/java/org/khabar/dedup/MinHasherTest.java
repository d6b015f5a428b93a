package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHasherTest {
    private final MinHasher minHasher = new MinHasher(128, 7L);

    @Test
    void identicalSetsHaveIdenticalSignatures() {
        long[] s = randomSet(new Random(1), 300);
        assertThat(minHasher.signature(s)).isEqualTo(minHasher.signature(s.clone()));
        assertThat(MinHasher.similarity(minHasher.signature(s), minHasher.signature(s))).isEqualTo(1.0);
    }

    @Test
    void estimateTracksTrueJaccard() {
        Random r = new Random(2);
        for (double target : new double[]{0.2, 0.5, 0.8}) {
            long[][] pair = overlapping(r, 400, target);
            double truth = Shingles.jaccard(pair[0], pair[1]);
            double est = MinHasher.similarity(minHasher.signature(pair[0]), minHasher.signature(pair[1]));
            // 128 positions: standard error sqrt(J(1-J)/128) <= 0.045; allow three of them
            assertThat(est).isCloseTo(truth, within(0.14));
        }
    }

    @Test
    void disjointSetsRarelyAgree() {
        Random r = new Random(3);
        double est = MinHasher.similarity(minHasher.signature(randomSet(r, 300)), minHasher.signature(randomSet(r, 300)));
        assertThat(est).isLessThan(0.05);
    }

    @Test
    void differentSeedsGiveDifferentFamilies() {
        long[] s = randomSet(new Random(4), 100);
        assertThat(new MinHasher(128, 1L).signature(s)).isNotEqualTo(new MinHasher(128, 2L).signature(s));
    }

    static long[] randomSet(Random r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = r.nextLong();
        java.util.Arrays.sort(out);
        return out;
    }

    /** Two sorted sets of {@code n} elements each whose Jaccard similarity is about {@code j}. */
    static long[][] overlapping(Random r, int n, double j) {
        int shared = (int) Math.round(2 * n * j / (1 + j));
        List<Long> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < shared; i++) { long x = r.nextLong(); a.add(x); b.add(x); }
        for (int i = shared; i < n; i++) { a.add(r.nextLong()); b.add(r.nextLong()); }
        return new long[][]{a.stream().mapToLong(Long::longValue).sorted().toArray(),
                b.stream().mapToLong(Long::longValue).sorted().toArray()};
    }
}
