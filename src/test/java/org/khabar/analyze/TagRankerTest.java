package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TagRankerTest {

    private static double[] filled(double v) {
        double[] a = new double[CandidateFeatures.SIZE];
        Arrays.fill(a, v);
        return a;
    }

    private static TagRanker parse(String text) throws Exception {
        return TagRanker.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void writtenModelReadsBackWithTheSameScores() throws Exception {
        double[] weight = new double[CandidateFeatures.SIZE];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = (i % 5 - 2) * 0.25;
        }
        TagRanker r = new TagRanker(-1.5, filled(0.5), filled(2.0), weight);
        TagRanker back = parse(r.format());
        double[] x = new double[CandidateFeatures.SIZE];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.1;
        }
        assertThat(back.score(x)).isCloseTo(r.score(x), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.format()).contains("handScore\t", "sameNeighbour\t");
    }

    @Test
    void aPositiveWeightRaisesTheScoreAndAConstantFeatureCountsForNothing() {
        double[] weight = new double[CandidateFeatures.SIZE];
        weight[0] = 1.0;
        weight[1] = 5.0;
        double[] scale = filled(1.0);
        scale[1] = 0; // constant in training
        TagRanker r = new TagRanker(0, new double[CandidateFeatures.SIZE], scale, weight);
        double[] low = new double[CandidateFeatures.SIZE];
        double[] high = low.clone();
        high[0] = 2;
        assertThat(r.score(high)).isGreaterThan(r.score(low));
        double[] other = low.clone();
        other[1] = 100;
        assertThat(r.score(other)).isEqualTo(r.score(low));
        assertThat(r.score(low)).isEqualTo(0.5);
    }

    @Test
    void aModelFileWithoutSomeFeatureOrWithABadLineIsRefusedByName() {
        String partial = "bias\t0\t1\t0.5\nhandScore\t0\t1\t1\n";
        assertThatThrownBy(() -> parse(partial)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseScore");
        assertThatThrownBy(() -> parse("handScore\t0\t1\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name, mean, scale, weight");
        assertThatThrownBy(() -> new TagRanker(0, new double[3], new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedModelHasAFiniteWeightForEveryFeature() {
        String text = TagRanker.shipped().format();
        for (String name : CandidateFeatures.NAMES) {
            assertThat(text).contains("\n" + name + "\t");
        }
        assertThat(text).doesNotContain("NaN", "Infinity");
    }
}
