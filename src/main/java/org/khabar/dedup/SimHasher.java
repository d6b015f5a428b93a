package org.khabar.dedup;

/**
 * 64-bit SimHash (Charikar) over shingle hashes. Kept beside MinHash because the choice between them was made by
 * measurement ({@code khabar eval dedup --compare}); see docs/benchmarks-dedup.md.
 */
public final class SimHasher {
    private SimHasher() {
    }

    public static long hash(long[] shingles) {
        int[] votes = new int[64];
        for (long x : shingles) {
            long h = Hashing.mix(x ^ 0x5DEECE66DL);
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) out |= 1L << bit;
        return out;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
