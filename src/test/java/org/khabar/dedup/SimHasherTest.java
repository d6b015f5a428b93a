package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SimHasherTest {

    @Test
    void nearCopiesAreCloseAndUnrelatedTextsAreFar() {
        Random r = new Random(5);
        long[][] near = MinHasherTest.overlapping(r, 400, 0.9);
        long[][] unrelated = {MinHasherTest.randomSet(r, 400), MinHasherTest.randomSet(r, 400)};
        int nearDistance = SimHasher.distance(SimHasher.hash(near[0]), SimHasher.hash(near[1]));
        int farDistance = SimHasher.distance(SimHasher.hash(unrelated[0]), SimHasher.hash(unrelated[1]));
        assertThat(nearDistance).isLessThan(12);
        assertThat(farDistance).isGreaterThan(20); // ~32 expected for independent 64-bit hashes
        assertThat(SimHasher.distance(SimHasher.hash(near[0]), SimHasher.hash(near[0].clone()))).isZero();
    }
}
