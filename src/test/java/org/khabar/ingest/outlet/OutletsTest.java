package org.khabar.ingest.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.testing.FixtureServer;

class OutletsTest {

    @TempDir
    Path dir;

    @Test
    void defaultConfigListsArabicOutletsWithFeeds() {
        List<Outlet> outlets = OutletRegistry.defaults().list();
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(10);
        assertThat(outlets).allSatisfy(o -> {
            assertThat(o.language()).isEqualTo("ar");
            assertThat(o.feeds()).isNotEmpty().allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
        });
        assertThat(outlets).extracting(Outlet::id).contains("aljazeera", "bbc-arabic").doesNotHaveDuplicates();
    }

    @Test
    void configRoundTripAndBadConfigIsAClearError() throws Exception {
        OutletRegistry r = new OutletRegistry(List.of(new Outlet("ex", "مثال", "https://ex.org/", "ar", "EG",
                List.of(new Outlet.FeedSource("https://ex.org/feed", "feed", "windows-1256")))));
        Path file = dir.resolve("outlets.json");
        r.save(file);
        Outlet back = OutletRegistry.load(file).get("ex").orElseThrow();
        assertThat(back.name()).isEqualTo("مثال");
        assertThat(back.feeds().get(0).encoding()).isEqualTo("windows-1256");
        Files.writeString(file, "{\"outlets\":[{\"id\":\"Bad Id!\"}]}");
        assertThatThrownBy(() -> OutletRegistry.load(file)).hasMessageContaining("bad outlet");
    }

    @Test
    void opmlImportAndExport() throws Exception {
        String opml = """
                <?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
                <outline text="أخبار"><outline type="rss" text="الجزيرة" xmlUrl="https://www.aljazeera.net/rss"
                  htmlUrl="https://www.aljazeera.net/"/><outline type="rss" text="الجزيرة رياضة"
                  xmlUrl="https://www.aljazeera.net/sport/rss" htmlUrl="https://www.aljazeera.net/"/></outline>
                <outline type="rss" text="BBC" xmlUrl="https://feeds.bbci.co.uk/arabic/rss.xml"/></body></opml>""";
        List<Outlet> outlets = Opml.read(opml);
        assertThat(outlets).hasSize(2);
        assertThat(outlets.get(0).id()).isEqualTo("aljazeera-net");
        assertThat(outlets.get(0).feeds()).hasSize(2);
        assertThat(Opml.read(Opml.write(outlets))).isEqualTo(outlets.stream()
                .map(o -> new Outlet(o.id(), o.name(), o.siteUrl(), o.language(), null, o.feeds())).toList());
        assertThatThrownBy(() -> Opml.read("<rss/>")).hasMessageContaining("not OPML");
    }

    @Test
    void adminTokenFromEnvOrFileConstantTimeAndDisabledWithout() throws Exception {
        assertThat(AdminToken.from(Map.of()).enabled()).isFalse();
        assertThat(AdminToken.from(Map.of()).matches("")).isFalse();
        AdminToken t = AdminToken.from(Map.of("KHABAR_ADMIN_TOKEN", "s3cret-s3cret-s3cret"));
        assertThat(t.matches("s3cret-s3cret-s3cret")).isTrue();
        assertThat(t.matches("s3cret-s3cret-s3creX")).isFalse();
        assertThat(t.matchesAuthorization("Bearer s3cret-s3cret-s3cret")).isTrue();
        assertThat(t.matchesAuthorization("Basic s3cret-s3cret-s3cret")).isFalse();
        Path f = dir.resolve("token");
        Files.writeString(f, "from-file-token-1234\n");
        assertThat(AdminToken.from(Map.of("KHABAR_ADMIN_TOKEN_FILE", f.toString())).matches("from-file-token-1234")).isTrue();
        assertThatThrownBy(() -> AdminToken.of("short")).hasMessageContaining("16");
    }

    @Test
    void autodiscoveryFindsLinkAlternateAnywhereAndWellKnownPaths() throws Exception {
        try (FixtureServer s = new FixtureServer()) {
            String rss = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
            s.serve("/", "text/html; charset=utf-8", "<html><head><title>موقع</title></head><body>"
                    + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.xml\">"
                    + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/missing.xml\"></body></html>");
            s.serve("/news.xml", "application/rss+xml", rss);
            s.serve("/feed", "application/rss+xml", rss);
            List<String> found = new FeedDiscovery(new Fetcher(FetchConfig.forLoopbackTests())).discover(s.url("/"));
            assertThat(found).containsExactly(s.url("/news.xml"), s.url("/feed"));
        }
        assertThat(FeedDiscovery.declaredFeeds("<p><link rel='alternate' type='application/feed+json' href='f.json'></p>",
                "https://ex.org/a/")).containsExactly("https://ex.org/a/f.json");
    }
}
