package org.khabar.dedup;

import java.util.List;

/** Body text → words → shingles → MinHash signature and LSH band keys, with one fixed configuration. */
public final class Fingerprinter {
    private final DedupConfig config;
    private final MinHasher minHasher;
    private final LshBanding banding;

    public Fingerprinter(DedupConfig config) {
        this.config = config;
        this.minHasher = new MinHasher(config.bands() * config.rows(), config.seed());
        this.banding = new LshBanding(config.bands(), config.rows());
    }

    public DedupConfig config() { return config; }

    public LshBanding banding() { return banding; }

    /** Null when the body is too short to call anything a copy of it (headline-only items, empty extractions). */
    public Fingerprint fingerprint(String body) {
        return fingerprintWords(DedupText.words(body));
    }

    /** {@link #fingerprint} of a body already passed through {@link DedupText#normalize}. */
    Fingerprint fingerprintNormalized(String normalizedBody) {
        return fingerprintWords(DedupText.wordsOfNormalized(normalizedBody));
    }

    public Fingerprint fingerprintWords(List<String> words) {
        if (words.size() < config.minWords()) return null;
        long[] shingles = Shingles.of(words, config.shingleSize());
        return new Fingerprint(minHasher.signature(shingles), shingles.length);
    }

    public long[] bandKeys(Fingerprint fp) {
        return banding.keys(fp.minhash());
    }
}
