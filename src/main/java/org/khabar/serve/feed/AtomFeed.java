package org.khabar.serve.feed;

import java.time.Instant;
import java.util.List;

/**
 * An outgoing Atom feed: one list of the portal (top stories, latest, a tag, an outlet) for feed readers and other
 * aggregators.
 * All URLs are absolute.
 *
 * @param title   the feed's title, as the list's page heading
 * @param selfUrl the feed's own address (also its id)
 * @param pageUrl the portal page the feed mirrors
 * @param updated when the newest entry was published; the time of the request for an empty feed
 */
public record AtomFeed(String title, String selfUrl, String pageUrl, Instant updated, List<Entry> entries) {
    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /**
     * One article.
     *
     * @param pageUrl     its page on the portal (also its id: one address per article)
     * @param originalUrl the outlet's own page, may be null
     * @param outlet      the outlet's display name, the entry's author
     * @param published   may be null: the feed's {@code updated} stands in, as Atom requires a date
     * @param updated     its last change (a story's newest report); null when it is the publication
     */
    public record Entry(String title, String pageUrl, String originalUrl, String outlet, Instant published,
                        Instant updated) {
        /** An article: last changed when published. */
        public Entry(String title, String pageUrl, String originalUrl, String outlet, Instant published) {
            this(title, pageUrl, originalUrl, outlet, published, null);
        }
    }
}
