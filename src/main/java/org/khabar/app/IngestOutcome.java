package org.khabar.app;

/** What happened to one incoming article. */
public enum IngestOutcome {
    /** Stored as a new article. */
    STORED,
    /** Its canonical URL was already stored; nothing changed. */
    SAME_URL
}
