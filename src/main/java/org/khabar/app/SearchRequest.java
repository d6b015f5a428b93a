package org.khabar.app;

/**
 * What a reader searched for: the words, optionally one outlet, and whether the newest reports come first instead of
 * the best matches (a reader following a developing event wants the latest).
 */
public record SearchRequest(String text, String sourceId, boolean newestFirst) {

    /** The words, every outlet, best matches first. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, false);
    }
}
