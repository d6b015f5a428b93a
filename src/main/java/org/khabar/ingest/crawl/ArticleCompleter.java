package org.khabar.ingest.crawl;

import java.net.URI;
import java.util.Locale;
import org.khabar.core.Article;
import org.khabar.extract.ArticleExtractor;
import org.khabar.extract.ExtractedArticle;
import org.khabar.ingest.CanonicalUrl;
import org.khabar.ingest.PlainText;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.Outlet;

/**
 * Turns a new feed item into the article the pipeline stores. A summary-only item gets its page fetched (through
 * the crawler's polite, size- and time-limited fetcher) and its text extracted; the text is cleaned exactly like
 * an imported body ({@link PlainText}), so a crawled article and the same article imported are equal. If the page
 * yields no article the summary is kept rather than losing the item.
 *
 * <p>The page's {@code <link rel=canonical>} replaces the feed link when it points into the outlet's own site
 * (or the page's own host): feed links often go through redirectors or carry campaign paths, the canonical URL
 * is the article's identity. A canonical URL on a foreign site is ignored, so one outlet cannot claim another's
 * articles.
 */
public final class ArticleCompleter {
    private final Fetcher fetcher;
    private final ArticleExtractor extractor;

    public ArticleCompleter(Fetcher fetcher, ArticleExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    /** The article to ingest for {@code item}; {@code outlet} (may be null) bounds which canonical URLs count. */
    public Article complete(NewItem item, Outlet outlet) throws Exception {
        Article a = item.article();
        String url = canonical(a.url());
        if (!item.summaryOnly()) return withUrl(a, url);
        // fetched by the feed's link: the canonical form folds http into https, which the site may not serve
        FetchResult page = fetcher.fetch(a.url());
        ExtractedArticle extracted = extractor.extract(page.body(), page.contentType(), page.finalUrl());
        // the page names the article even when it yields no text (a video, an empty story): identity first
        String pageCanonical = extracted.canonicalUrl();
        if (pageCanonical != null && sameSite(pageCanonical, page.finalUrl(), outlet)) url = canonical(pageCanonical);
        if (!extracted.hasArticle()) return withUrl(a, url);
        String title = a.title().isBlank() && extracted.title() != null ? PlainText.line(extracted.title()) : a.title();
        String summary = a.summary() != null ? a.summary() : a.body();
        return new Article(0, url, a.sourceId(), a.externalId(), title, a.published(),
                a.author() != null ? a.author() : PlainText.line(extracted.author()), summary,
                PlainText.paragraphs(extracted.text()), a.category(), java.util.List.of(), null, null, null);
    }

    /** khabar's article identity ({@link CanonicalUrl}), as imports use; a non-web URL stays as it is. */
    static String canonical(String url) {
        try {
            return CanonicalUrl.of(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Article withUrl(Article a, String url) {
        return new Article(a.id(), url, a.sourceId(), a.externalId(), a.title(), a.published(), a.author(),
                a.summary(), a.body(), a.category(), a.tags(), a.ingested(), a.duplicateOf(), a.storyId());
    }

    static boolean sameSite(String candidate, String pageUrl, Outlet outlet) {
        String host = host(candidate);
        if (host == null) return false;
        if (host.equals(host(pageUrl))) return true;
        String site = outlet == null ? null : host(outlet.siteUrl());
        if (site == null) return false;
        String bare = site.startsWith("www.") ? site.substring(4) : site;
        return host.equals(bare) || host.endsWith("." + bare);
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            return u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
