package org.khabar.dedup;

/**
 * Parameters of near-duplicate detection. The defaults are the ones chosen by measurement on SaudiNewsNet
 * (docs/benchmarks-dedup.md); changing shingleSize, bands, rows or seed invalidates stored fingerprints.
 *
 * @param shingleSize    words per shingle
 * @param bands          LSH bands
 * @param rows           MinHash positions per band (signature length = bands * rows)
 * @param seed           seed of the MinHash family
 * @param minWords       bodies with fewer words are not fingerprinted
 * @param minJaccard     a pair is a copy when its estimated Jaccard similarity reaches this …
 * @param minContainment … or when the smaller body is this much contained in the larger …
 * @param minSizeRatio   … and the smaller has at least this fraction of the larger's shingles (a short brief
 *                       quoted inside a long roundup is not a copy of it)
 */
public record DedupConfig(int shingleSize, int bands, int rows, long seed, int minWords,
                          double minJaccard, double minContainment, double minSizeRatio) {

    public static final DedupConfig DEFAULT = new DedupConfig(3, 32, 4, 20150721L, 10, 0.5, 0.8, 0.5);

    public DedupConfig {
        if (shingleSize < 1 || bands < 1 || rows < 1 || minWords < 1) {
            throw new IllegalArgumentException("shingleSize, bands, rows and minWords must be >= 1");
        }
        if (!(minJaccard > 0 && minJaccard <= 1) || !(minContainment > 0 && minContainment <= 1)
                || !(minSizeRatio >= 0 && minSizeRatio <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }

    public DedupConfig withShingleSize(int k) {
        return new DedupConfig(k, bands, rows, seed, minWords, minJaccard, minContainment, minSizeRatio);
    }

    public DedupConfig withBanding(int b, int r) {
        return new DedupConfig(shingleSize, b, r, seed, minWords, minJaccard, minContainment, minSizeRatio);
    }

    public DedupConfig withThresholds(double jaccard, double containment, double sizeRatio) {
        return new DedupConfig(shingleSize, bands, rows, seed, minWords, jaccard, containment, sizeRatio);
    }
}
