package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void everyDocumentIsScoredOnceByAFitThatNeverSawIt() {
        List<String> ids = IntStream.range(0, 23).mapToObj(i -> "d" + i).toList();
        List<String> tested = new ArrayList<>();
        Map<String, Double> avg = CrossValidation.run(ids, 5, (train, test) -> {
            assertThat(train).doesNotContainAnyElementsOf(test);
            assertThat(train.size() + test.size()).isEqualTo(ids.size());
            tested.addAll(test);
            // a metric equal to the fold's first document number: the average must weight folds by their size
            double v = test.stream().mapToInt(d -> Integer.parseInt(d.substring(1))).average().orElseThrow();
            return Map.of("m", v);
        });
        assertThat(tested).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(avg.get("m")).isCloseTo(11.0, org.assertj.core.data.Offset.offset(1e-9)); // mean of 0..22
    }

    @Test
    void impossibleFoldCountsAreRefused() {
        List<String> ids = List.of("a", "b", "c");
        assertThatThrownBy(() -> CrossValidation.run(ids, 1, (tr, te) -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrossValidation.run(ids, 4, (tr, te) -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
