package org.khabar.cluster;

import org.khabar.analyze.Dateline;
import org.khabar.analyze.LightStems;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into {@link ArticleFeatures}: TF-IDF over the stems of title (weighted up: the headline names
 * the event), lead and tag keys. IDF comes from {@link CorpusStats}, whose keys are the stems this class emits
 * (see {@link #corpusKeys}), so stats and vectors always agree.
 */
public final class FeatureExtractor implements AutoCloseable {
    static final double TITLE_WEIGHT = 2.0;
    static final double TAG_WEIGHT = 1.5;
    /** Characters of body used with the summary as lead: about the first two or three paragraphs. */
    static final int LEAD_CHARS = 600;

    private final LightStems stems = new LightStems();
    private final CorpusStats stats;

    public FeatureExtractor(CorpusStats stats) {
        this.stats = stats;
    }

    /** Stems of a text, in order, stop words removed (Lucene's Arabic normalisation + light stemming). */
    public List<String> stems(String text) {
        return stems.of(text);
    }

    /** The distinct keys one article contributes to {@link CorpusStats}: stems of title and whole body. */
    public Set<String> corpusKeys(Article a) {
        Set<String> keys = new HashSet<>(stems(a.title()));
        keys.addAll(stems(a.body()));
        if (a.summary() != null) keys.addAll(stems(a.summary()));
        return keys;
    }

    /**
     * Summary plus the start of the body: outlets' summaries are often a bare restatement of the headline,
     * while the first paragraphs carry the names, places and numbers that tie coverage of one event together.
     */
    public static String lead(Article a) {
        String text = Dateline.strip(a.body()); // "دبي، الإمارات العربية المتحدة (CNN)--" would join CNN's reports
        String body = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
        return a.summary() == null || a.summary().isBlank() ? body : a.summary() + "\n" + body;
    }

    public ArticleFeatures features(Article a) {
        Map<String, Double> tf = new HashMap<>();
        for (String s : stems(a.title())) tf.merge(s, TITLE_WEIGHT, Double::sum);
        for (String s : stems(lead(a))) tf.merge(s, 1.0, Double::sum);
        Set<String> tagKeys = new LinkedHashSet<>();
        for (Tag t : a.tags()) {
            tagKeys.add(t.key());
            for (String s : stems(t.label())) tf.merge(s, TAG_WEIGHT, Double::sum);
        }
        Map<String, Long> df = stats.documentFrequencies(tf.keySet());
        double n = Math.max(1, stats.documentCount());
        Map<String, Double> w = new HashMap<>();
        tf.forEach((term, f) -> {
            double idf = Math.log((n + 1) / (df.getOrDefault(term, 0L) + 1)) + 1;
            w.put(term, (1 + Math.log(f)) * idf);
        });
        Instant when = a.published() != null ? a.published() : a.ingested() != null ? a.ingested() : Instant.EPOCH;
        return new ArticleFeatures(a.id(), a.sourceId(), when, TermVector.of(w), tagKeys);
    }

    @Override
    public void close() {
        stems.close();
    }
}
