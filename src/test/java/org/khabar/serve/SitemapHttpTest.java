package org.khabar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.serve.sitemap.SitemapRoutes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** robots.txt and the sitemaps over real HTTP on loopback, parsed as strict XML. */
class SitemapHttpTest {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Instant NEWEST = Instant.parse("2024-05-10T12:00:00Z");
    /** More than one sitemap's worth, one hour apart, newest first by id; every fifth one a copy. */
    static final int ARTICLES = SitemapRoutes.PER_SITEMAP + 300;
    static WebServer server;
    static Http http;
    static String origin;
    static int canonical;

    @BeforeAll
    static void start() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Article a = Article.draft("https://rt.example/" + i, "rt", null, "خبر رقم " + i,
                    NEWEST.minus(Duration.ofHours(i)), null, null, "نص", null).withId(i + 1);
            if (i % 5 == 4) a = a.withDuplicateOf(1L);
            else canonical++;
            articles.add(a);
        }
        server = WebServer.start(new InMemoryReadSide(List.of(FixtureNews.RT), articles), WebConfig.defaults().withPort(0));
        origin = "http://127.0.0.1:" + server.port();
        http = new Http(origin);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Document xml(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc, String ns, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
        return out;
    }

    @Test
    void robotsNamesTheSitemapAndKeepsSearchOut() {
        HttpResponse<String> r = http.get("/robots.txt");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("User-agent: *", "Disallow: /search", "Disallow: /api/admin/",
                "Sitemap: " + origin + "/sitemap.xml");
    }

    @Test
    void theIndexListsSitemapsThatHoldEveryCanonicalArticleOnce() throws Exception {
        Document index = xml(Links.sitemapIndex());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> sitemaps = texts(index, SITEMAP, "loc");
        assertThat(sitemaps).containsExactly(origin + Links.newsSitemap(), origin + Links.articleSitemap(1),
                origin + Links.articleSitemap(2));
        Set<String> seen = new HashSet<>();
        for (String loc : sitemaps.subList(1, sitemaps.size())) {
            Document urls = xml(loc.substring(origin.length()));
            List<String> locs = texts(urls, SITEMAP, "loc");
            assertThat(locs).hasSizeLessThanOrEqualTo(SitemapRoutes.PER_SITEMAP).allMatch(seen::add);
            assertThat(texts(urls, SITEMAP, "lastmod")).hasSameSizeAs(locs);
        }
        assertThat(seen).hasSize(canonical).contains(origin + Links.article(1))
                .doesNotContain(origin + Links.article(5)); // a copy
        assertThat(http.get(Links.articleSitemap(3)).statusCode()).isEqualTo(404);
        assertThat(http.get(Links.articleSitemap(0)).statusCode()).isEqualTo(404);
        assertThat(http.get("/sitemaps/articles/x").statusCode()).isEqualTo(404);
    }

    @Test
    void theNewsSitemapHoldsTheTwoDaysBeforeTheNewestArticle() throws Exception {
        Document news = xml(Links.newsSitemap());
        List<String> dates = texts(news, NEWS, "publication_date");
        // articles 0..48 hours old, copies left out: 49 hours, every fifth a copy
        assertThat(dates).hasSize(40).allMatch(d -> !Instant.parse(d).isBefore(NEWEST.minus(Duration.ofDays(2))));
        assertThat(texts(news, NEWS, "title")).first().isEqualTo("خبر رقم 0");
        assertThat(texts(news, NEWS, "name")).containsOnly("خبر");
        assertThat(texts(news, NEWS, "language")).containsOnly("ar");
        Element firstUrl = (Element) news.getElementsByTagNameNS(SITEMAP, "url").item(0);
        assertThat(firstUrl.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent())
                .isEqualTo(origin + Links.article(1));
    }
}
