package org.khabar.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sparse, L2-normalised term-weight vector; the dot product of two of them is their cosine. */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> normalised) {
        this.weights = normalised;
    }

    /** Normalises {@code raw} (non-positive weights are dropped). */
    public static TermVector of(Map<String, Double> raw) {
        double norm = 0;
        for (double w : raw.values()) {
            if (w > 0) norm += w * w;
        }
        if (norm == 0) return EMPTY;
        double len = Math.sqrt(norm);
        Map<String, Double> m = new HashMap<>(raw.size() * 2);
        raw.forEach((t, w) -> {
            if (w > 0) m.put(t, w / len);
        });
        return new TermVector(Collections.unmodifiableMap(m));
    }

    public double dot(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) s += w * e.getValue();
        }
        return s;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The {@code k} heaviest terms, heaviest first. */
    public List<String> topTerms(int k) {
        List<Map.Entry<String, Double>> es = new ArrayList<>(weights.entrySet());
        es.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return es.stream().limit(k).map(Map.Entry::getKey).toList();
    }
}
