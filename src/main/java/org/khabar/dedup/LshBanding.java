package org.khabar.dedup;

/**
 * Locality-sensitive banding of a MinHash signature: {@code bands} bands of {@code rows} positions each; a band's
 * key is a hash of its band number and its rows. Two texts with Jaccard similarity J share at least one key with
 * probability 1 - (1 - J^rows)^bands, so candidates come from key lookups, never from a pairwise scan.
 */
public final class LshBanding {
    private final int bands;
    private final int rows;

    public LshBanding(int bands, int rows) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() { return bands; }

    public int rows() { return rows; }

    public int signatureLength() { return bands * rows; }

    public long[] keys(int[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature has " + signature.length + " positions, banding needs "
                    + bands * rows);
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Hashing.mix(b + 1L);
            for (int r = 0; r < rows; r++) h = Hashing.combine(h, signature[b * rows + r]);
            keys[b] = h;
        }
        return keys;
    }

    /** Probability that a pair with Jaccard similarity {@code j} becomes a candidate. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}
