package org.khabar.store;

import java.util.Set;
import java.util.function.Function;

/**
 * Persistent LSH buckets and duplicate groups for near-duplicate detection. Candidate lookup is by band key
 * (an index lookup per band), so its cost does not grow with a pairwise scan of the corpus.
 *
 * <p>Concurrency: {@link #atomically} runs its work serialised against every other writer of the same store,
 * across threads and, for database implementations, across processes. Dedup does its lookup, decision and
 * group update inside one such unit; two copies arriving at once therefore can never found two groups.
 */
public interface FingerprintStore extends AutoCloseable {

    <T> T atomically(Function<FingerprintSession, T> work);

    default void put(StoredFingerprint fingerprint, long[] bandKeys) {
        atomically(s -> {
            s.put(fingerprint, bandKeys);
            return null;
        });
    }

    default Set<Long> candidates(long[] bandKeys) {
        return atomically(s -> s.candidates(bandKeys));
    }

    /** Number of stored fingerprints. */
    long size();

    @Override
    void close();
}
