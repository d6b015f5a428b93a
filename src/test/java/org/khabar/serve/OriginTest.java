package org.khabar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.feed.ParsedFeed;

/** A configured public URL is the origin of every absolute link, whatever the Host header says. */
class OriginTest {
    @Test
    void feedsAndSitemapsLinkThePublicUrlBehindAProxy() throws Exception {
        try (WebServer server = WebServer.start(FixtureNews.readSide(),
                WebConfig.defaults().withPort(0).withPublicUrl("https://news.example"))) {
            Http http = new Http("http://127.0.0.1:" + server.port());
            ParsedFeed feed = FeedParser.parse(http.get(Links.feedLatest()).body(), "https://news.example/feeds/latest");
            assertThat(feed.feed.id).isEqualTo("https://news.example" + Links.feedLatest());
            assertThat(feed.entries).isNotEmpty().allSatisfy(e -> assertThat(e.link).startsWith("https://news.example/articles/"));
            assertThat(http.get(Links.sitemapIndex()).body()).contains("<loc>https://news.example/sitemaps/news</loc>")
                    .doesNotContain("127.0.0.1");
            assertThat(http.get("/robots.txt").body()).contains("Sitemap: https://news.example/sitemap.xml");
        }
    }

    @Test
    void aPublicUrlIsASchemeAndAHostOnly() {
        assertThat(WebConfig.defaults().withPublicUrl("http://localhost:8080").publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(WebConfig.defaults().withPublicUrl(null).publicUrl()).isNull();
        for (String bad : new String[] {"https://news.example/", "https://news.example/ar", "ftp://news.example",
                "news.example", "https://news.example\"><script>", "https://"}) {
            assertThatThrownBy(() -> WebConfig.defaults().withPublicUrl(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public URL");
        }
    }
}
