package org.khabar.ingest.fetch;

import java.time.Duration;

/** The server answered 429 or 503; {@code retryAfter} is what it asked for (null when it did not say). */
public class RateLimitedException extends FetchException {
    private final Duration retryAfter;
    private final int status;

    public RateLimitedException(int status, Duration retryAfter, String url) {
        super(Kind.RATE_LIMITED, "HTTP " + status + " from " + url
                + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)"));
        this.retryAfter = retryAfter;
        this.status = status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public int status() {
        return status;
    }
}
