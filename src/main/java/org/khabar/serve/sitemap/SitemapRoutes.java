package org.khabar.serve.sitemap;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.khabar.app.ReadSide;
import org.khabar.app.Teaser;
import org.khabar.serve.Links;
import org.khabar.serve.Params;
import org.khabar.serve.Origin;
import org.khabar.store.Page;

/**
 * What search engines read: {@code /robots.txt}, a sitemap index at {@code /sitemap.xml} over sitemaps of 1,000
 * canonical articles each (newest first: the pages of {@link ReadSide#latest}), and a news sitemap of the articles
 * published in the two days before the newest one (as top stories, against the newest article rather than the wall
 * clock: a portal fed from an archive still has a news sitemap).
 */
public final class SitemapRoutes {
    /** Articles per sitemap: the largest page the store lists at once (the format allows 50,000). */
    public static final int PER_SITEMAP = 1_000;
    /** The news sitemap covers this long before the newest article, the span search engines read. */
    static final Duration NEWS_SPAN = Duration.ofDays(2);
    static final String XML = "application/xml; charset=utf-8";

    private final ReadSide readSide;
    private final String publicUrl;

    /** {@code publicUrl}: the origin of the sitemaps' links, null for the address each request came to. */
    public SitemapRoutes(ReadSide readSide, String publicUrl) {
        this.readSide = readSide;
        this.publicUrl = publicUrl;
    }

    public void register(Javalin app) {
        app.get("/robots.txt", this::robots);
        app.get(Links.sitemapIndex(), this::index);
        app.get(Links.newsSitemap(), this::news);
        app.get("/sitemaps/articles/{n}", this::articles);
    }

    /** Search result pages are an endless space of addresses and the admin API is no page: both stay out. */
    void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("User-agent: *\nDisallow: " + Links.search(null) + "\nDisallow: /api/admin/\n\nSitemap: "
                + Origin.of(ctx, publicUrl) + Links.sitemapIndex() + "\n");
    }

    void index(Context ctx) {
        String origin = Origin.of(ctx, publicUrl);
        List<String> sitemaps = new ArrayList<>();
        sitemaps.add(origin + Links.newsSitemap());
        for (int n = 1; n <= sitemapCount(); n++) sitemaps.add(origin + Links.articleSitemap(n));
        xml(ctx, SitemapWriter.index(sitemaps));
    }

    void articles(Context ctx) {
        OptionalLong n = Params.articleId(ctx.pathParam("n"));
        if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > sitemapCount()) throw new NotFoundResponse("no such sitemap");
        String origin = Origin.of(ctx, publicUrl);
        Page<Teaser> page = readSide.latest((int) (n.getAsLong() - 1) * PER_SITEMAP, PER_SITEMAP);
        xml(ctx, SitemapWriter.urls(page.items().stream()
                .map(t -> new SitemapWriter.Url(origin + Links.article(t.id()), t.published())).toList()));
    }

    void news(Context ctx) {
        String origin = Origin.of(ctx, publicUrl);
        Page<Teaser> newest = readSide.latest(0, PER_SITEMAP);
        Instant last = newest.items().stream().map(Teaser::published).filter(t -> t != null).findFirst().orElse(null);
        List<SitemapWriter.NewsUrl> urls = last == null ? List.of() : newest.items().stream()
                .filter(t -> t.published() != null && !t.published().isBefore(last.minus(NEWS_SPAN)))
                .map(t -> new SitemapWriter.NewsUrl(origin + Links.article(t.id()), t.title(), t.published()))
                .toList();
        xml(ctx, SitemapWriter.news("خبر", urls));
    }

    private long sitemapCount() {
        long total = readSide.latest(0, 0).total();
        return (total + PER_SITEMAP - 1) / PER_SITEMAP;
    }

    private static void xml(Context ctx, String body) {
        ctx.contentType(XML);
        ctx.result(body);
    }
}
