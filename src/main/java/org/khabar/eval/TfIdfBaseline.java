package org.khabar.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.analyze.ArabicTokenizer;
import org.khabar.analyze.Token;
import org.khabar.analyze.TokenType;
import org.khabar.analyze.Word;
import org.khabar.analyze.WordAnalyzer;
import org.khabar.store.CorpusStats;

/** The plain baseline: unigrams ranked by tf × idf (same tokens, stopwords and corpus as khabar; no other signal). */
public final class TfIdfBaseline {

    private final CorpusStats stats;
    private final WordAnalyzer words = new WordAnalyzer();

    public TfIdfBaseline(CorpusStats stats) {
        this.stats = stats;
    }

    public List<String> tags(String title, String body, int max) {
        Map<String, Integer> tf = new HashMap<>();
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        for (String text : new String[] {title, body}) {
            for (Token t : ArabicTokenizer.tokenize(text)) {
                if (t.type() != TokenType.ARABIC && t.type() != TokenType.LATIN) {
                    continue;
                }
                Word w = words.analyze(t.text(), t.type());
                if (w.stop() || w.key().length() < 2) {
                    continue;
                }
                tf.merge(w.key(), 1, Integer::sum);
                labels.computeIfAbsent(w.key(), k -> new HashMap<>()).merge(w.bare(), 1, Integer::sum);
            }
        }
        Map<String, Long> df = stats.documentFrequencies(tf.keySet());
        long n = stats.documentCount();
        List<Map.Entry<String, Integer>> e = new ArrayList<>(tf.entrySet());
        Map<String, Double> score = new HashMap<>();
        for (var x : e) {
            score.put(x.getKey(), x.getValue() * Math.log((n + 1.0) / (df.getOrDefault(x.getKey(), 0L) + 1.0) + 1.0));
        }
        e.sort((a, b) -> {
            int c = Double.compare(score.get(b.getKey()), score.get(a.getKey()));
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<String> out = new ArrayList<>();
        for (var x : e.subList(0, Math.min(max, e.size()))) {
            out.add(labels.get(x.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey());
        }
        return out;
    }
}
