package org.khabar.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sparse, L2-normalised term-weight vector; the dot product of two of them is their cosine.
 *
 * <p>Terms are kept as ids sorted ascending, so a dot product is one merge pass over two int arrays: clustering
 * computes up to about a thousand of them per article (50 candidate stories × centroid and 20 latest members), which
 * with string-keyed maps cost one hash lookup per term per pair.
 */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(new int[0], new String[0], new double[0]);

    /** Term → id, shared by every vector so ids compare across vectors; grows with the clustering vocabulary. */
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final int[] ids;
    private final String[] terms;
    private final double[] weights;
    private Map<String, Double> asMap;

    private TermVector(int[] ids, String[] terms, double[] weights) {
        this.ids = ids;
        this.terms = terms;
        this.weights = weights;
    }

    /** Normalises {@code raw} (non-positive weights are dropped). */
    public static TermVector of(Map<String, Double> raw) {
        double norm = 0;
        int n = 0;
        for (double w : raw.values()) {
            if (w > 0) {
                norm += w * w;
                n++;
            }
        }
        if (norm == 0) return EMPTY;
        double len = Math.sqrt(norm);
        long[] packed = new long[n];
        String[] byIndex = new String[n];
        double[] wByIndex = new double[n];
        int k = 0;
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            if (e.getValue() <= 0) continue;
            Integer known = IDS.get(e.getKey()); // lock-free; computeIfAbsent locks the bin
            int id = known != null ? known : IDS.computeIfAbsent(e.getKey(), t -> NEXT_ID.getAndIncrement());
            packed[k] = ((long) id << 32) | k; // sort by id, remember where the term came from
            byIndex[k] = e.getKey();
            wByIndex[k] = e.getValue() / len;
            k++;
        }
        Arrays.sort(packed);
        int[] ids = new int[n];
        String[] terms = new String[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            int from = (int) packed[i];
            ids[i] = (int) (packed[i] >>> 32);
            terms[i] = byIndex[from];
            weights[i] = wByIndex[from];
        }
        return new TermVector(ids, terms, weights);
    }

    /** The cosine, by one merge pass: the plain definition, which {@link Probe#dot} must equal bit for bit. */
    public double dot(TermVector other) {
        int[] a = ids, b = other.ids;
        int i = 0, j = 0;
        double s = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                s += weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /**
     * This vector laid out for many dot products with others: clustering compares each article with a hundred or
     * more vectors, and a merge pass over two sorted arrays mispredicts a branch at nearly every step.
     */
    public Probe probe() {
        return new Probe(this);
    }

    /**
     * An open-addressing table of one vector's terms; {@link #dot} costs one probe per term of the other vector and
     * gives bit for bit {@link TermVector#dot}: the other vector's terms are visited in ascending id order, so the
     * shared terms' products are summed in the same order as the merge pass sums them.
     */
    public static final class Probe {
        private final int[] keys; // term id + 1; 0 marks an empty slot
        private final double[] values;
        private final int mask;
        private final int shift;

        private Probe(TermVector v) {
            int cap = Integer.highestOneBit(Math.max(4, v.ids.length * 4) - 1) << 1; // at most a quarter full
            keys = new int[cap];
            values = new double[cap];
            mask = cap - 1;
            shift = 32 - Integer.numberOfTrailingZeros(cap);
            for (int i = 0; i < v.ids.length; i++) {
                int slot = slot(v.ids[i] + 1);
                while (keys[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = v.ids[i] + 1;
                values[slot] = v.weights[i];
            }
        }

        private int slot(int key) {
            return (key * 0x9E3779B1) >>> shift; // Fibonacci hashing: ids are dense, spread them
        }

        /** The cosine of the probed vector with {@code other}. */
        public double dot(TermVector other) {
            int[] ids = other.ids;
            double[] ws = other.weights;
            double s = 0;
            for (int k = 0; k < ids.length; k++) {
                int key = ids[k] + 1;
                for (int slot = slot(key), at; (at = keys[slot]) != 0; slot = (slot + 1) & mask) {
                    if (at == key) {
                        s += values[slot] * ws[k];
                        break;
                    }
                }
            }
            return s;
        }
    }

    /** The weights by term (read-only). */
    public Map<String, Double> weights() {
        Map<String, Double> m = asMap;
        if (m == null) {
            m = new HashMap<>(terms.length * 2);
            for (int i = 0; i < terms.length; i++) m.put(terms[i], weights[i]);
            asMap = m = Collections.unmodifiableMap(m);
        }
        return m;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** Term ids, ascending (shared with this vector: read-only). */
    int[] termIds() {
        return ids;
    }

    /** Weights in the order of {@link #termIds} (shared with this vector: read-only). */
    double[] termWeights() {
        return weights;
    }

    /**
     * Positions (in {@link #termIds} order) of the {@code k} heaviest terms, heaviest first (ties by term). A bounded
     * insertion pass, not a sort: a story centroid of up to 600 terms is re-indexed after every join, and only its
     * top few dozen matter.
     */
    int[] topPositions(int k) {
        int n = Math.min(k, ids.length);
        if (n <= 0) return new int[0];
        int[] top = new int[n];
        int filled = 0;
        for (int i = 0; i < ids.length; i++) {
            if (filled == n && !heavier(i, top[n - 1])) continue;
            int at = filled < n ? filled++ : n - 1;
            while (at > 0 && heavier(i, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    /** Ids of the {@code k} heaviest terms, heaviest first (ties by term). */
    int[] topIds(int k) {
        int[] top = topPositions(k);
        for (int i = 0; i < top.length; i++) top[i] = ids[top[i]];
        return top;
    }

    private boolean heavier(int a, int b) {
        return weights[a] != weights[b] ? weights[a] > weights[b] : terms[a].compareTo(terms[b]) < 0;
    }

    /** The {@code k} heaviest terms, heaviest first (ties by term). */
    public List<String> topTerms(int k) {
        List<String> out = new ArrayList<>();
        for (int i : topPositions(k)) out.add(terms[i]);
        return out;
    }
}
