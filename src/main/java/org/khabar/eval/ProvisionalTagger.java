package org.khabar.eval;

import org.khabar.cluster.FeatureExtractor;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in tags for evaluations until {@code org.khabar.analyze.KeywordTagger} is available: the top TF-IDF stems
 * of title (counted twice) and lead, key = stem, label = the surface word seen most for it.
 */
public final class ProvisionalTagger {
    private final FeatureExtractor fx;
    private final CorpusStats stats;
    private final int k;

    public ProvisionalTagger(FeatureExtractor fx, CorpusStats stats, int k) {
        this.fx = fx;
        this.stats = stats;
        this.k = k;
    }

    public List<Tag> tags(Article a) {
        Map<String, Double> tf = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        count(a.title(), 2.0, tf, surfaces);
        count(FeatureExtractor.lead(a), 1.0, tf, surfaces);
        Map<String, Long> df = stats.documentFrequencies(tf.keySet());
        double n = Math.max(1, stats.documentCount());
        List<Tag> tags = new ArrayList<>();
        tf.forEach((stem, f) -> {
            long d = df.getOrDefault(stem, 0L);
            if (d < 3 || d > n / 20) return; // too rare to share, or too common to mean anything
            double score = f * Math.log(n / d);
            String label = surfaces.get(stem).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            tags.add(new Tag(stem, label, score));
        });
        tags.sort((x, y) -> Double.compare(y.score(), x.score()));
        return tags.size() > k ? List.copyOf(tags.subList(0, k)) : tags;
    }

    private void count(String text, double w, Map<String, Double> tf, Map<String, Map<String, Integer>> surfaces) {
        for (String word : text.split("[\\s\\p{Punct}،؛؟«»“”]+")) {
            if (word.length() < 3) continue;
            List<String> st = fx.stems(word);
            if (st.size() != 1) continue;
            tf.merge(st.get(0), w, Double::sum);
            surfaces.computeIfAbsent(st.get(0), s -> new HashMap<>()).merge(word, 1, Integer::sum);
        }
    }
}
