package org.khabar.ingest.outlet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khabar.ingest.feed.FeedParseException;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.fetch.BodyDecoder;
import org.khabar.ingest.fetch.FetchException;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.Fetcher;

/**
 * Finds an outlet's feeds from its homepage: every {@code <link rel=alternate>} with a feed type anywhere in the
 * page (some CMSs put it in the body), then well-known paths. Only URLs that really parse as feeds are returned.
 */
public final class FeedDiscovery {

    static final List<String> WELL_KNOWN = List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml",
            "/index.xml", "/feeds", "/rss/", "/feed/");

    private final Fetcher fetcher;

    public FeedDiscovery(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Feed URLs declared in an HTML page, absolute, in document order. */
    public static List<String> declaredFeeds(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        Set<String> out = new LinkedHashSet<>();
        for (Element link : doc.select("link[href], a[rel][href]")) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (!rel.contains("alternate")) continue;
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")
                    || type.equals("application/json") || type.equals("application/xml") || type.equals("text/xml")) {
                String abs = link.absUrl("href");
                if (!abs.isEmpty()) out.add(abs);
            }
        }
        return new ArrayList<>(out);
    }

    /** Fetches the homepage and returns the feeds that parse. */
    public List<String> discover(String homepageUrl) throws FetchException {
        FetchResult page = fetcher.fetch(homepageUrl);
        String html = BodyDecoder.decode(page.body(), page.contentType()).text();
        Set<String> candidates = new LinkedHashSet<>(declaredFeeds(html, page.finalUrl()));
        java.net.URI base = java.net.URI.create(page.finalUrl());
        for (String p : WELL_KNOWN) candidates.add(base.resolve(p).toString());
        List<String> feeds = new ArrayList<>();
        for (String c : candidates) {
            if (isFeed(c)) feeds.add(c);
        }
        return feeds;
    }

    private boolean isFeed(String url) {
        try {
            FetchResult r = fetcher.fetch(url);
            FeedParser.parse(r.body(), r.contentType(), null);
            return true;
        } catch (FetchException | FeedParseException e) {
            return false;
        }
    }
}
