package org.khabar.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TermVectorTest {

    private static TermVector random(Random r, int maxTerms, int vocabulary) {
        Map<String, Double> w = new HashMap<>();
        int n = r.nextInt(maxTerms + 1);
        for (int i = 0; i < n; i++) w.merge("w" + r.nextInt(vocabulary), 0.05 + r.nextDouble() * 4, Double::sum);
        return TermVector.of(w);
    }

    @Test
    void dotOfTwoNormalisedVectorsIsTheirCosine() {
        TermVector a = TermVector.of(Map.of("x", 3.0, "y", 4.0));
        TermVector b = TermVector.of(Map.of("x", 1.0));
        assertThat(a.dot(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.dot(b)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.probe().dot(TermVector.of(Map.of("z", 1.0)))).isZero();
    }

    @Test
    void probeGivesBitForBitTheMergePassDotProduct() {
        Random r = new Random(11);
        int overlapping = 0;
        for (int round = 0; round < 3_000; round++) {
            // sizes from empty to centroid-sized (600 terms), vocabularies from dense overlap to sparse
            TermVector a = random(r, round % 7 == 0 ? 600 : 80, 50 + r.nextInt(2_000));
            TermVector b = random(r, round % 5 == 0 ? 600 : 80, 50 + r.nextInt(2_000));
            double merged = a.dot(b);
            assertThat(a.probe().dot(b)).isEqualTo(merged);
            assertThat(b.probe().dot(a)).isEqualTo(b.dot(a));
            if (merged > 0) overlapping++;
        }
        assertThat(overlapping).isGreaterThan(1_500);
    }

    @Test
    void topTermsAreTheHeaviestWithTiesByTermLikeAFullSort() {
        Random r = new Random(5);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> w = new HashMap<>();
            int n = r.nextInt(700);
            // weights from a small set, so many ties must fall back to the term order
            for (int i = 0; i < n; i++) w.put("t" + r.nextInt(5_000), 1.0 + r.nextInt(6));
            TermVector v = TermVector.of(w);
            int k = r.nextInt(40);
            java.util.List<String> expected = w.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(k).map(Map.Entry::getKey).toList();
            assertThat(v.topTerms(k)).containsExactlyElementsOf(expected);
        }
    }
}
