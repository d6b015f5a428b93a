package org.khabar.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the crawler remembers between polls: HTTP validators, which items it has already handed on, and each
 * feed's health. Implementations must be safe for concurrent use by crawler threads.
 */
public interface FeedStateStore extends AutoCloseable {

    /**
     * One feed's state and health.
     *
     * @param status      "ok", "not-modified", "error", "rate-limited", "never"
     * @param error       last error message, null when the last fetch succeeded
     * @param itemsPerDay estimated publishing rate, drives adaptive polling
     * @param failures    consecutive failed fetches, drives exponential backoff
     */
    record FeedState(String feedUrl, String outletId, String etag, String lastModified, Instant lastFetch,
                     String status, String error, double itemsPerDay, Instant nextPoll, int failures,
                     long itemsTotal) {

        public static FeedState initial(String feedUrl, String outletId) {
            return new FeedState(feedUrl, outletId, null, null, null, "never", null, 0, null, 0, 0);
        }
    }

    Optional<FeedState> load(String feedUrl) throws StoreException;

    void save(FeedState state) throws StoreException;

    List<FeedState> all() throws StoreException;

    boolean isSeen(String feedUrl, String itemId) throws StoreException;

    /** Records an item as handed on; returns false when it was already recorded. */
    boolean markSeen(String feedUrl, String itemId, Instant when) throws StoreException;

    @Override
    void close() throws StoreException;
}
