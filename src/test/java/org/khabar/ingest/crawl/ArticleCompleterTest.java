package org.khabar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.extract.ArticleExtractor;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.testing.FixtureServer;

class ArticleCompleterTest {

    private final FixtureServer server = new FixtureServer();
    private final ArticleCompleter completer = new ArticleCompleter(new Fetcher(FetchConfig.forLoopbackTests()),
            new ArticleExtractor());

    ArticleCompleterTest() throws java.io.IOException {
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private NewItem summaryOnly(String path) {
        Article a = new Article(0, server.url(path), "o", "id-1", "عنوان", null, null, "ملخص", "ملخص", null,
                List.of(), null, null, null);
        return new NewItem(a, null, true, server.url("/feed.xml"), "id-1");
    }

    private Outlet outlet() {
        return new Outlet("o", "o", server.url("/"), "ar", null, List.of(Outlet.FeedSource.of(server.url("/feed.xml"))));
    }

    @Test
    void pageWithTextGivesBodyAndItsCanonicalUrl() throws Exception {
        String prose = "هذا نص طويل للمقال يتحدث عن الأحداث الجارية في المنطقة، وعن تفاصيلها. ".repeat(6);
        server.serve("/a/1", "text/html; charset=utf-8", "<html><head><link rel='canonical' href='"
                + server.url("/story/1") + "'></head><body><article><p>" + prose + "</p></article></body></html>");
        Article got = completer.complete(summaryOnly("/a/1"), outlet());
        assertThat(got.url()).isEqualTo(ArticleCompleter.canonical(server.url("/story/1")));
        assertThat(got.body()).isEqualTo(prose.strip());
        assertThat(got.summary()).isEqualTo("ملخص");
    }

    @Test
    void pageWithoutTextKeepsTheSummaryButStillTakesItsCanonicalUrl() throws Exception {
        server.serve("/a/2", "text/html; charset=utf-8", "<html><head><link rel='canonical' href='"
                + server.url("/story/2") + "'></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>");
        Article got = completer.complete(summaryOnly("/a/2"), outlet());
        assertThat(got.url()).isEqualTo(ArticleCompleter.canonical(server.url("/story/2")));
        assertThat(got.body()).isEqualTo("ملخص");
    }
}
