package org.khabar.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.analyze.KeywordTagger;
import org.khabar.store.CorpusStats;

/**
 * Fits the tagger's weights by coordinate search (each weight tried at ×0.5, ×0.75, ×1.33, ×2, two passes) on
 * F1@10 + A@5/2, and reports k-fold cross-validated figures: each fold is scored with weights fitted on the others.
 */
public final class WeightFit {

    private static final double[] STEPS = {0.5, 0.75, 1.33, 2.0};

    private final AkecScorer scorer;
    private final CorpusStats stats;
    private final Map<String, String> texts;

    public WeightFit(AkecScorer scorer, CorpusStats stats, Map<String, String> texts) {
        this.scorer = scorer;
        this.stats = stats;
        this.texts = texts;
    }

    public Map<String, Double> score(List<String> ids, KeywordTagger.Weights w) {
        KeywordTagger tagger = new KeywordTagger(stats, w);
        return scorer.score(ids, KeywordsEval.predict(tagger, texts, ids));
    }

    private double objective(List<String> ids, KeywordTagger.Weights w) {
        Map<String, Double> s = score(ids, w);
        return s.get("F1@10") + 0.5 * s.get("A@5");
    }

    public KeywordTagger.Weights fit(List<String> ids, KeywordTagger.Weights start) {
        double[] best = start.toArray();
        double bestObj = objective(ids, start);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < best.length; i++) {
                for (double step : STEPS) {
                    double[] t = best.clone();
                    t[i] *= step;
                    double o = objective(ids, KeywordTagger.Weights.of(t));
                    if (o > bestObj + 1e-9) {
                        bestObj = o;
                        best = t;
                    }
                }
            }
        }
        return KeywordTagger.Weights.of(best);
    }

    /** k-fold cross-validation: macro-average over all documents, each scored with weights fitted without it. */
    public Map<String, Double> crossValidate(List<String> ids, int folds, KeywordTagger.Weights start, StringBuilder log) {
        return CrossValidation.run(ids, folds, (train, test) -> {
            KeywordTagger.Weights w = fit(train, start);
            Map<String, Double> s = score(test, w);
            log.append("fold: ").append(w).append(" -> ").append(s).append('\n');
            return s;
        });
    }
}
