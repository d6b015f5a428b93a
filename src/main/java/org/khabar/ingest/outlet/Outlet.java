package org.khabar.ingest.outlet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A news outlet and the feeds khabar polls for it.
 *
 * @param id       stable id (used as {@code Article.sourceId}), e.g. "aljazeera"
 * @param language BCP-47 language of its content, usually "ar"
 * @param country  ISO 3166 alpha-2, may be null for pan-Arab outlets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outlet(String id, String name, String siteUrl, String language, String country, List<FeedSource> feeds) {

    public Outlet {
        Objects.requireNonNull(id, "outlet id");
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) throw new IllegalArgumentException("bad outlet id: " + id);
        name = name == null ? id : name;
        language = language == null ? "ar" : language;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /**
     * One feed URL.
     *
     * @param kind     "feed" (RSS/Atom/JSON) or "sitemap" (news sitemap or sitemap index)
     * @param encoding optional charset override for feeds that lie about their encoding
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedSource(String url, String kind, String encoding) {
        public FeedSource {
            Objects.requireNonNull(url, "feed url");
            kind = kind == null ? "feed" : kind;
            if (!kind.equals("feed") && !kind.equals("sitemap")) throw new IllegalArgumentException("bad feed kind: " + kind);
        }

        public static FeedSource of(String url) {
            return new FeedSource(url, "feed", null);
        }
    }
}
