package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.analyze.TagRanker;

class RankerFitTest {

    @Test
    void logisticFitLearnsWhichFeatureMarksThePositives() {
        Random rnd = new Random(7);
        List<RankerFit.Example> rows = new ArrayList<>();
        int size = TagRanker.features().size();
        for (int i = 0; i < 2_000; i++) {
            double[] x = new double[size];
            for (int j = 0; j < size; j++) {
                x[j] = rnd.nextGaussian();
            }
            // positives: high feature 2, low feature 5; everything else is noise
            double y = x[2] - x[5] + 0.3 * rnd.nextGaussian() > 1.0 ? 1.0 : 0.0;
            rows.add(new RankerFit.Example(x, y));
        }
        TagRanker r = RankerFit.Logistic.fit(rows, RankerFit.L2, 600);
        String model = r.format();
        double w2 = weightOf(model, 2);
        double w5 = weightOf(model, 5);
        assertThat(w2).isGreaterThan(1.0);
        assertThat(w5).isLessThan(-1.0);
        for (int j = 0; j < size; j++) {
            if (j != 2 && j != 5) {
                assertThat(Math.abs(weightOf(model, j))).as("noise feature %d", j).isLessThan(0.3);
            }
        }
    }

    /** The weight column of feature {@code j} in a written model (line 0 header, line 1 bias). */
    private static double weightOf(String model, int j) {
        String[] f = model.split("\n")[j + 2].split("\t");
        return Double.parseDouble(f[3]);
    }
}
