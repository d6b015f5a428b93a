package org.khabar.dedup;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the minimum over the shingle set.
 * Two sets agree in a position with probability equal to their Jaccard similarity. The functions are
 * multiply-add permutations of the (already well mixed) 64-bit shingle hash, {@code a*x + b} with odd {@code a}:
 * one multiply per shingle and position instead of a full mixer, which made fingerprinting 3x cheaper.
 * Each position keeps the top 32 bits of the minimum: accidental agreement is then 2^-32, and a signature
 * costs 4n bytes in the store.
 */
public final class MinHasher {
    private final long[] multipliers;
    private final long[] addends;

    public MinHasher(int numHashes, long seed) {
        if (numHashes < 1) throw new IllegalArgumentException("numHashes must be >= 1, got " + numHashes);
        multipliers = new long[numHashes];
        addends = new long[numHashes];
        long s = seed;
        for (int i = 0; i < numHashes; i++) {
            s += 0x9E3779B97F4A7C15L;
            multipliers[i] = Hashing.mix(s) | 1L; // odd: a bijection on 64-bit values
            s += 0x9E3779B97F4A7C15L;
            addends[i] = Hashing.mix(s);
        }
    }

    public int size() {
        return multipliers.length;
    }

    public int[] signature(long[] shingles) {
        int n = multipliers.length;
        int[] sig = new int[n];
        if (shingles.length == 0) return sig;
        long[] min = new long[n];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < n; i++) {
                long h = x * multipliers[i] + addends[i];
                if (h < min[i]) min[i] = h;
            }
        }
        for (int i = 0; i < n; i++) sig[i] = (int) (min[i] >>> 32);
        return sig;
    }

    /** Estimated Jaccard similarity: the fraction of positions where two signatures agree. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("signatures of different length");
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }
}
