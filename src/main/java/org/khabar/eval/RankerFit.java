package org.khabar.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.TagRanker;
import org.khabar.store.CorpusStats;

/**
 * Fits the learned {@link TagRanker} on AKEC documents and reports k-fold cross-validated figures: each fold is
 * tagged by a ranker fitted on the other folds only. A shortlisted candidate is a positive example when its matching
 * key (the reference scorer's) is among the document's top-10 crowd phrases, a weak positive
 * ({@link #OTHER_CROWD}) when it is another crowd phrase: the crowd accepted it, less often.
 */
public final class RankerFit {

    /** L2 penalty on the standardised weights; the train split is small (100 documents, ~8,000 candidates). */
    static final double L2 = 10.0;
    /** Target of a crowd phrase outside the top 10 (tried 0, 0.3, 0.5, 0.8 in cross-validation; 0.3 best). */
    static final double OTHER_CROWD = 0.3;
    private static final int ITERATIONS = 600;

    private final AkecScorer scorer;
    private final CorpusStats stats;
    private final Map<String, String> texts;
    private final Map<String, List<Example>> examples = new LinkedHashMap<>();
    private final Map<String, List<String>> labels = new LinkedHashMap<>();
    /** Top-10 crowd phrases (distinct matching keys) found among the shortlisted candidates, and all of them. */
    private int reached;
    private int topPhrases;

    record Example(double[] x, double y) {
    }

    public RankerFit(AkecScorer scorer, CorpusStats stats, Map<String, String> texts) {
        this.scorer = scorer;
        this.stats = stats;
        this.texts = texts;
        KeywordTagger collector = KeywordTagger.forFitting(stats, KeywordTagger.Weights.DEFAULT);
        for (var e : texts.entrySet()) {
            List<KeywordTagger.CandidateRow> rows = collector.shortlistFeatures("", e.getValue());
            examples.put(e.getKey(), label(e.getKey(), rows));
            labels.put(e.getKey(), rows.stream().map(KeywordTagger.CandidateRow::label).toList());
        }
    }

    private List<Example> label(String doc, List<KeywordTagger.CandidateRow> rows) {
        List<List<String>> gold = new ArrayList<>(new LinkedHashSet<>(scorer.gold().get(doc).stream()
                .map(AkecScorer::key).filter(k -> !k.isEmpty()).toList()));
        Set<List<String>> top = new HashSet<>(gold.subList(0, Math.min(10, gold.size())));
        Set<List<String>> any = new HashSet<>(gold);
        Set<List<String>> found = new HashSet<>();
        List<Example> out = new ArrayList<>(rows.size());
        for (KeywordTagger.CandidateRow r : rows) {
            List<String> k = AkecScorer.key(r.label());
            if (top.contains(k)) found.add(k);
            out.add(new Example(r.features(), top.contains(k) ? 1.0 : any.contains(k) ? OTHER_CROWD : 0.0));
        }
        reached += found.size();
        topPhrases += top.size();
        return out;
    }

    /** "R of T": how many of the documents' top-10 crowd phrases any ranking of the shortlists could reach. */
    public String shortlistReach() {
        return reached + " of " + topPhrases;
    }

    /**
     * Writes every shortlisted candidate (document, label, target, features) as TSV, so that other learners can be
     * compared offline on exactly the examples this fit sees.
     */
    public void writeCandidates(java.nio.file.Path file) throws java.io.IOException {
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            out.write("doc\tlabel\ttarget\t" + String.join("\t", TagRanker.features()) + "\n");
            for (var e : examples.entrySet()) {
                List<String> names = labels.get(e.getKey());
                for (int i = 0; i < e.getValue().size(); i++) {
                    Example x = e.getValue().get(i);
                    StringBuilder line = new StringBuilder(e.getKey()).append('\t').append(names.get(i))
                            .append('\t').append(x.y());
                    for (double v : x.x()) line.append('\t').append(v);
                    out.write(line.append('\n').toString());
                }
            }
        }
    }

    /** The ranker fitted on the candidates of {@code ids}. */
    public TagRanker fit(List<String> ids) {
        List<Example> rows = new ArrayList<>();
        for (String id : ids) {
            rows.addAll(examples.get(id));
        }
        return Logistic.fit(rows, L2, ITERATIONS);
    }

    public Map<String, Double> score(List<String> ids, TagRanker ranker) {
        KeywordTagger tagger = new KeywordTagger(stats, KeywordTagger.Weights.DEFAULT, ranker);
        return scorer.score(ids, KeywordsEval.predict(tagger, texts, ids));
    }

    /** k-fold cross-validation ({@link CrossValidation}): each fold tagged by a ranker fitted on the others. */
    public Map<String, Double> crossValidate(List<String> ids, int folds) {
        return CrossValidation.run(ids, folds, (train, test) -> score(test, fit(train)));
    }

    /** Logistic regression with an L2 penalty, by full-batch gradient descent on standardised features. */
    static final class Logistic {
        private Logistic() {
        }

        static TagRanker fit(List<Example> rows, double l2, int iterations) {
            int m = rows.get(0).x().length;
            double[] mean = new double[m];
            double[] scale = new double[m];
            for (Example e : rows) {
                for (int j = 0; j < m; j++) {
                    mean[j] += e.x()[j] / rows.size();
                }
            }
            for (Example e : rows) {
                for (int j = 0; j < m; j++) {
                    scale[j] += Math.pow(e.x()[j] - mean[j], 2) / rows.size();
                }
            }
            for (int j = 0; j < m; j++) {
                scale[j] = scale[j] < 1e-12 ? 0 : Math.sqrt(scale[j]);
            }
            double[][] z = new double[rows.size()][m];
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < m; j++) {
                    z[i][j] = scale[j] == 0 ? 0 : (rows.get(i).x()[j] - mean[j]) / scale[j];
                }
            }
            double[] w = new double[m];
            double b = 0;
            double rate = 1.0;
            int n = rows.size();
            for (int it = 0; it < iterations; it++) {
                double[] g = new double[m];
                double gb = 0;
                for (int i = 0; i < n; i++) {
                    double s = b;
                    for (int j = 0; j < m; j++) {
                        s += w[j] * z[i][j];
                    }
                    double err = 1.0 / (1.0 + Math.exp(-s)) - rows.get(i).y();
                    gb += err;
                    for (int j = 0; j < m; j++) {
                        g[j] += err * z[i][j];
                    }
                }
                b -= rate * gb / n;
                for (int j = 0; j < m; j++) {
                    w[j] -= rate * (g[j] / n + l2 * w[j] / n);
                }
            }
            return new TagRanker(b, mean, scale, w);
        }
    }
}
