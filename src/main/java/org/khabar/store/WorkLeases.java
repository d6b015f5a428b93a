package org.khabar.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Leases on units of ingestion work (a feed poll, with the page fetches it leads to), shared by every worker on a
 * store: while one worker holds a key's lease no other takes it, and a lease whose holder died (no release) expires
 * after its time to live, so the work is done by another worker instead of being dropped.
 */
public interface WorkLeases {

    /**
     * Takes the leases of at most {@code max} of {@code keys} that are free or expired, for {@code ttl}, and
     * returns the keys taken (others are held by live leases, or were skipped because another worker is taking
     * them at this very moment).
     */
    List<String> claim(Collection<String> keys, String holder, Duration ttl, int max);

    /** Takes one key's lease if it is free or expired. */
    default boolean tryClaim(String key, String holder, Duration ttl) {
        return !claim(List.of(key), holder, ttl, 1).isEmpty();
    }

    /** Gives a lease back early (the work is done); a lease held by another holder is left alone. */
    void release(String key, String holder);

    /** For a single process that owns its store (the embedded default): every claim succeeds. */
    WorkLeases UNSHARED = new WorkLeases() {
        @Override
        public List<String> claim(Collection<String> keys, String holder, Duration ttl, int max) {
            return keys.stream().distinct().limit(max).toList();
        }

        @Override
        public void release(String key, String holder) {
        }
    };
}
