package org.khabar.ingest.fetch;

/** A fetch that failed for a reason worth showing on a health page. */
public class FetchException extends Exception {

    public enum Kind {
        FORBIDDEN_ADDRESS, ROBOTS_DISALLOWED, TOO_MANY_REDIRECTS, REDIRECT_LOOP, BAD_URL,
        TIMEOUT, TOO_LARGE, DECOMPRESSION_BOMB, HTTP_STATUS, RATE_LIMITED, IO
    }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
