package org.khabar.ingest.feed;

/** A document that cannot be read as a feed; the message says why in words fit for a health page. */
public class FeedParseException extends Exception {
    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
