package org.khabar.ingest;

/** Size limits that keep a bulk import's memory bounded whatever the input. */
public final class ImportLimits {

    /**
     * A record whose body, after conversion to plain text, is longer than this many characters (1 MiB of
     * chars; about 2 MiB of UTF-8 Arabic) is rejected. The longest real body is 21,119 chars in ANT and
     * 33,687 in SaudiNewsNet: anything near the limit is a scraping accident, not an article.
     */
    public static final int MAX_BODY_CHARS = 1 << 20;

    /**
     * A JSONL line longer than this many characters is rejected without being held in memory entirely
     * (the reader skips to the next newline). Larger than {@link #MAX_BODY_CHARS} so that an oversize body
     * is reported as such.
     */
    public static final int MAX_LINE_CHARS = 16 << 20;

    private ImportLimits() {
    }
}
