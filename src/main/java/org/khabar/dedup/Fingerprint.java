package org.khabar.dedup;

/**
 * What dedup keeps of a body: its MinHash signature and the number of distinct shingles it was built from
 * (needed to turn the Jaccard estimate into a containment estimate for truncated copies).
 */
public record Fingerprint(int[] minhash, int shingleCount) {
    public Fingerprint {
        if (minhash == null) throw new IllegalArgumentException("minhash is required");
        if (shingleCount < 0) throw new IllegalArgumentException("shingleCount must be >= 0");
    }
}
