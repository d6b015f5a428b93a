package org.khabar.ingest.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * News sitemaps and sitemap indexes (through crawler-commons), for outlets without feeds. A news sitemap becomes
 * a {@link ParsedFeed} whose entries carry the link, the news title and publication date; an index yields its
 * child sitemaps, most recently modified first.
 */
public final class SitemapReader {

    public record Result(ParsedFeed feed, List<String> childSitemaps) {
        public boolean isIndex() {
            return feed == null;
        }
    }

    private SitemapReader() {
    }

    public static Result read(byte[] body, String contentType, String url) throws FeedParseException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap sm;
        try {
            sm = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(url));
        } catch (UnknownFormatException | IOException e) {
            throw new FeedParseException("not a sitemap: " + e.getMessage(), e);
        }
        if (sm instanceof SiteMapIndex index) {
            List<AbstractSiteMap> kids = new ArrayList<>(index.getSitemaps());
            kids.sort(Comparator.comparing((AbstractSiteMap k) -> k.getLastModified() == null ? new Date(0)
                    : k.getLastModified()).reversed());
            return new Result(null, kids.stream().map(k -> k.getUrl().toString()).toList());
        }
        ParsedFeed f = new ParsedFeed();
        f.version = "sitemap";
        f.feed.link = url;
        for (SiteMapURL u : ((SiteMap) sm).getSiteMapUrls()) {
            ParsedFeed.Entry e = new ParsedFeed.Entry();
            e.link = u.getUrl().toString();
            e.links.add(new ParsedFeed.Link(e.link, "alternate", "text/html", null, null));
            if (u.getLastModified() != null) {
                e.updatedParsed = u.getLastModified().toInstant();
                e.updated = e.updatedParsed.toString();
            }
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                if (n.getTitle() != null) e.title = new ParsedFeed.Text(n.getTitle(), "text/plain", n.getLanguage(), null);
                if (n.getPublicationDateTime() != null) {
                    e.publishedParsed = n.getPublicationDateTime().toInstant();
                    e.published = e.publishedParsed.toString();
                }
                if (n.getLanguage() != null) e.language = n.getLanguage();
            }
            f.entries.add(e);
        }
        return new Result(f, List.of());
    }

    static URL url(String s) throws FeedParseException {
        try {
            return new URL(s);
        } catch (MalformedURLException e) {
            throw new FeedParseException("bad sitemap URL " + s, e);
        }
    }
}
