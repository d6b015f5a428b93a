package org.khabar.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A body fingerprint as the dedup stage stores it, with what canonical selection needs about the article.
 *
 * @param articleId        the article's store id
 * @param sourceId         its outlet
 * @param published        publication instant; null when unknown (ranks after every known instant)
 * @param creditedSourceId the outlet its text names as the source ("(واس)"), or null
 * @param shingleCount     distinct shingles the signature was built from
 * @param minhash          MinHash signature
 */
public record StoredFingerprint(long articleId, String sourceId, Instant published, String creditedSourceId,
                                int shingleCount, int[] minhash) {
    public StoredFingerprint {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(minhash, "minhash");
    }
}
