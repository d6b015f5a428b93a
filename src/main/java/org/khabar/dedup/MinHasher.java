package org.khabar.dedup;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the minimum over the shingle set.
 * Two sets agree in a position with probability equal to their Jaccard similarity. Each position keeps the top
 * 32 bits of the minimum: accidental agreement is then 2^-32, and a signature costs 4n bytes in the store.
 */
public final class MinHasher {
    private final long[] seeds;

    public MinHasher(int numHashes, long seed) {
        if (numHashes < 1) throw new IllegalArgumentException("numHashes must be >= 1, got " + numHashes);
        seeds = new long[numHashes];
        long s = seed;
        for (int i = 0; i < numHashes; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = Hashing.mix(s);
        }
    }

    public int size() {
        return seeds.length;
    }

    public int[] signature(long[] shingles) {
        int[] sig = new int[seeds.length];
        if (shingles.length == 0) return sig;
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            long min = Long.MAX_VALUE;
            for (long x : shingles) {
                long h = Hashing.mix(x ^ seed);
                if (h < min) min = h;
            }
            sig[i] = (int) (min >>> 32);
        }
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
