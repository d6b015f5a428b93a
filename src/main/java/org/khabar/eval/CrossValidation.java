package org.khabar.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * k-fold cross-validation over documents: document i is in fold i mod k; each fold is scored by what was fitted on
 * the others, and the figures are macro-averaged over all documents.
 */
final class CrossValidation {

    private CrossValidation() {
    }

    /** {@code fitAndScore} gets (train ids, test ids) and returns the test fold's macro-averaged metrics. */
    static Map<String, Double> run(List<String> ids, int folds,
                                   BiFunction<List<String>, List<String>, Map<String, Double>> fitAndScore) {
        if (folds < 2 || folds > ids.size()) {
            throw new IllegalArgumentException("need 2.." + ids.size() + " folds, got " + folds);
        }
        Map<String, Double> sum = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            List<String> train = new ArrayList<>();
            List<String> test = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                (i % folds == f ? test : train).add(ids.get(i));
            }
            for (var e : fitAndScore.apply(train, test).entrySet()) {
                sum.merge(e.getKey(), e.getValue() * test.size(), Double::sum);
            }
        }
        sum.replaceAll((k, v) -> v / ids.size());
        return sum;
    }
}
