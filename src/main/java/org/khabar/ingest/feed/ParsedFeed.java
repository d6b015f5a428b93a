package org.khabar.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed as khabar understands it, independent of the wire format. Field names follow the common
 * vocabulary of feed parsers (title, subtitle, rights, entries, ...) so results can be compared with feedparser.
 * Mutable while the parser fills it; treat as read-only afterwards.
 */
public final class ParsedFeed {

    /** Format and version, e.g. "rss20", "rss10", "atom10", "atom03", "json11". */
    public String version = "";
    /** True when the document was not well-formed and was parsed leniently; {@link #bozoMessage} says why. */
    public boolean bozo;
    public String bozoMessage;
    /** Name of the charset the bytes were decoded with. */
    public String encoding;

    public final Channel feed = new Channel();
    public final List<Entry> entries = new ArrayList<>();

    /** A text construct: value plus its declared type, xml:lang and xml:base. */
    public record Text(String value, String type, String language, String base, String src) {
        public Text(String value, String type, String language, String base) {
            this(value, type, language, base, null);
        }
    }

    public record Person(String name, String email, String url) {
    }

    public record Link(String href, String rel, String type, String title, Long length, String hreflang) {
        public Link(String href, String rel, String type, String title, Long length) {
            this(href, rel, type, title, length, null);
        }
    }

    public record Category(String term, String scheme, String label) {
    }

    /** Fields shared by a feed's channel and by an entry's {@code source}. */
    public static class Common {
        public Text title;
        public Text subtitle;
        public Text rights;
        public String id;
        public String link;
        public final List<Link> links = new ArrayList<>();
        public String language;
        public String updated;
        public Instant updatedParsed;
        public String published;
        public Instant publishedParsed;
        public Person author;
        public final List<Person> authors = new ArrayList<>();
        public final List<Person> contributors = new ArrayList<>();
        public final List<Category> tags = new ArrayList<>();
        public Person publisher;
        /**
         * Metadata khabar does not act on but keeps, under feedparser's names: RSS {@code cloud} and
         * {@code textInput} (maps of their attributes/children), {@code license}, {@code created},
         * {@code validity_start/end}, {@code itunes_duration}, {@code media_player}, {@code media_thumbnail} (list),
         * {@code newlocation}, and elements of unknown namespaces as {@code prefix_local}.
         */
        public final Map<String, Object> extensions = new LinkedHashMap<>();
    }

    public static final class Channel extends Common {
        /** Atom 0.3 {@code <info>}: a human description of the feed format itself. */
        public Text info;
        public String generator;
        public String generatorUrl;
        public String generatorVersion;
        public String docs;
        public String imageHref;
        public String imageTitle;
        public String imageLink;
        public String imageDescription;
        public String ttl;
        public String icon;
        public String logo;
    }

    public static final class Entry extends Common {
        public String guid;
        public boolean guidIsLink;
        public Text summary;
        public final List<Text> content = new ArrayList<>();
        public String created;
        public Instant createdParsed;
        public String expired;
        public Instant expiredParsed;
        public String comments;
        public String wfwComment;
        public String wfwCommentRss;
        public String imageHref;
        public final List<Link> enclosures = new ArrayList<>();
        public Common source;

        /** Best available HTML body: the first content, else the summary. */
        public String bodyHtml() {
            if (!content.isEmpty() && content.get(0).value() != null && !content.get(0).value().isBlank()) {
                return content.get(0).value();
            }
            return summary == null ? null : summary.value();
        }
    }
}
