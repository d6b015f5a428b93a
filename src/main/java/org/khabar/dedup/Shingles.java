package org.khabar.dedup;

import java.util.Arrays;
import java.util.List;

/** Word k-shingles as a sorted set of 64-bit hashes. Order within a shingle matters; repeats count once. */
public final class Shingles {
    private Shingles() {
    }

    /**
     * Hashes of every run of {@code k} consecutive words. A text shorter than {@code k} words yields one shingle
     * (the whole text) so that very short bodies still compare; an empty text yields none.
     */
    public static long[] of(List<String> words, int k) {
        if (k < 1) throw new IllegalArgumentException("shingle size must be >= 1, got " + k);
        if (words.isEmpty()) return new long[0];
        long[] tokenHashes = new long[words.size()];
        for (int i = 0; i < tokenHashes.length; i++) tokenHashes[i] = Hashing.of(words.get(i));
        int n = Math.max(1, words.size() - k + 1);
        int width = Math.min(k, words.size());
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = width;
            for (int j = 0; j < width; j++) h = Hashing.combine(h, tokenHashes[i + j]);
            out[i] = h;
        }
        Arrays.sort(out);
        return distinctSorted(out);
    }

    private static long[] distinctSorted(long[] sorted) {
        if (sorted.length == 0) return sorted;
        int w = 1;
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[w - 1]) sorted[w++] = sorted[i];
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }

    /** Exact Jaccard similarity of two sorted distinct hash sets (for tests and the measurement harness). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 1.0;
        int i = 0, j = 0, inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { inter++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double) inter / (a.length + b.length - inter);
    }
}
