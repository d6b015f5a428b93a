package org.khabar.dedup;

/**
 * Decides from two fingerprints whether one body is a copy of the other. Jaccard alone misses a copy truncated
 * to 60% (J ≈ 0.6 at best, lower with edits), so a containment estimate, derived from the Jaccard estimate and the
 * two shingle counts, also counts when the bodies are of comparable size.
 */
public final class CopyRule {
    private final DedupConfig config;

    public CopyRule(DedupConfig config) {
        this.config = config;
    }

    public boolean isCopy(Fingerprint a, Fingerprint b) {
        return isCopy(MinHasher.similarity(a.minhash(), b.minhash()), a.shingleCount(), b.shingleCount());
    }

    boolean isCopy(double jaccard, int sizeA, int sizeB) {
        if (jaccard >= config.minJaccard()) return true;
        int small = Math.min(sizeA, sizeB), large = Math.max(sizeA, sizeB);
        if (small == 0 || (double) small / large < config.minSizeRatio()) return false;
        return containment(jaccard, sizeA, sizeB) >= config.minContainment();
    }

    /** |A∩B| / min(|A|,|B|), from J = |A∩B| / |A∪B| and |A∪B| = |A| + |B| - |A∩B|. */
    public static double containment(double jaccard, int sizeA, int sizeB) {
        int small = Math.min(sizeA, sizeB);
        if (small == 0) return 0;
        double inter = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.min(1.0, inter / small);
    }
}
