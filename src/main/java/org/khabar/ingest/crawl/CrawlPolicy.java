package org.khabar.ingest.crawl;

import java.time.Duration;

/**
 * Poll scheduling: the interval follows the feed's publishing rate (about two polls per expected new item),
 * clamped to [min, max]; failures back off exponentially from the normal interval up to {@code maxBackoff}.
 */
public record CrawlPolicy(Duration minInterval, Duration maxInterval, Duration initialInterval, Duration maxBackoff,
                          int threads, int maxSitemapChildren) {

    public static CrawlPolicy defaults() {
        return new CrawlPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofMinutes(30),
                Duration.ofHours(24), 4, 3);
    }

    /** Interval for a feed publishing {@code itemsPerDay} items a day (0 = unknown). */
    public Duration intervalFor(double itemsPerDay) {
        if (itemsPerDay <= 0) return initialInterval;
        long secs = (long) (86_400 / itemsPerDay / 2);
        return clamp(Duration.ofSeconds(secs), minInterval, maxInterval);
    }

    /** Delay after the n-th consecutive failure (n ≥ 1), at least {@code retryAfter} when the server asked. */
    public Duration backoff(double itemsPerDay, int failures, Duration retryAfter) {
        Duration base = intervalFor(itemsPerDay);
        long factor = 1L << Math.min(failures - 1, 16);
        Duration d = base.multipliedBy(factor);
        if (d.compareTo(maxBackoff) > 0) d = maxBackoff;
        if (retryAfter != null && retryAfter.compareTo(d) > 0) d = retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
        return d;
    }

    private static Duration clamp(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
