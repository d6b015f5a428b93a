package org.khabar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ingest.testing.Feeds.item;
import static org.khabar.ingest.testing.Feeds.rss;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.ingest.testing.FixtureServer;
import org.khabar.store.FeedStateStore.FeedState;
import org.khabar.store.jdbc.JdbcFeedStateStore;
import org.khabar.store.sqlite.SqliteDatabase;

class CrawlerTest {

    static final Charset CP1256 = Charset.forName("windows-1256");
    static final String LONG_BODY = "<p>" + "هذا نص طويل للمقال يتحدث عن الأحداث الجارية في المنطقة. ".repeat(12) + "</p>";

    @TempDir
    Path dir;
    FixtureServer server;
    SqliteDatabase stateDb;
    JdbcFeedStateStore store;
    final List<NewItem> delivered = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        stateDb = SqliteDatabase.openFile(dir.resolve("state.db"));
        store = new JdbcFeedStateStore(stateDb);
    }

    @AfterEach
    void tearDown() {
        if (server != null) server.close();
        stateDb.close();
    }

    private Crawler crawler(List<Outlet> outlets, ItemSink sink) {
        return new Crawler(new OutletRegistry(outlets), new Fetcher(FetchConfig.forLoopbackTests()), store, sink,
                new CrawlPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofMinutes(30),
                        Duration.ofHours(24), 4, 3), Clock.systemUTC());
    }

    private Outlet outlet(String id, String path) {
        return new Outlet(id, id, server.url("/"), "ar", null, List.of(Outlet.FeedSource.of(server.url(path))));
    }

    private String goodFeed() {
        return rss("الخلاصة",
                item("g-1", "خبر كامل", "https://news.example/a/1?utm_source=rss&utm_medium=feed", LONG_BODY,
                        "Tue, 01 Dec 2026 08:00:00 GMT"),
                item("g-2", "خبر موجز", "https://news.example/a/2?fbclid=XYZ", "<p>ملخص قصير فقط</p>",
                        "Tue, 01 Dec 2026 06:00:00 GMT"));
    }

    @Test
    void hostileFeedsFailOnTheirOwnHealthRecordWhileGoodFeedsAreDelivered() throws Exception {
        server = new FixtureServer();
        server.serve("/good", "application/rss+xml; charset=utf-8", goodFeed().getBytes(StandardCharsets.UTF_8), "\"g1\"");
        String arabic1256 = rss("أخبار", item(null, "عنوان بترميز ويندوز", "https://news.example/b/1", "نص", null))
                .replace("UTF-8", "windows-1256");
        server.serve("/cp1256", "text/xml; charset=windows-1256", arabic1256.getBytes(CP1256), null);
        String liar = rss("كاذب", item(null, "ترميز خاطئ", "https://news.example/c/1", "نص", null));
        server.serve("/liar", "text/xml; charset=utf-8", liar.getBytes(CP1256), null);
        server.serve("/xxe", "text/xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><title>&x;</title></channel></rss>");
        server.serve("/laughs", "text/xml", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<rss><channel><title>&b;</title></channel></rss>");
        byte[] bomb = FixtureServer.gzipBomb(64L << 20);
        server.route("/bomb", ex -> FixtureServer.send(ex, 200, "text/xml", bomb, Map.of("Content-Encoding", "gzip")));
        server.huge("/huge", false);
        server.slow("/slow");
        server.redirect("/loop", "/loop2");
        server.redirect("/loop2", "/loop");
        server.redirect("/private", "http://10.0.0.1/feed");
        server.serve("/html", "text/html", "<!DOCTYPE html><html><body><h1>الصفحة الرئيسية</h1></body></html>");
        server.serve("/truncated", "text/xml", rss("مقطوع",
                item("t-1", "كامل", "https://news.example/t/1", "أ", null),
                item("t-2", "مبتور", "https://news.example/t/2", "ب", null)).substring(0, 330));
        server.serve("/xss", "text/xml", rss("x", item("x-1", "خبر", "https://news.example/x/1",
                "<p>نص</p><script>steal()</script><img src=\"https://news.example/i.png\" onerror=\"steal()\">"
                        + "<a href=\"javascript:steal()\">اضغط</a>", null)));
        server.route("/busy", ex -> FixtureServer.send(ex, 429, "text/plain", new byte[0], Map.of("Retry-After", "3600")));
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /blocked\n");
        server.serve("/blocked", "text/xml", goodFeed());

        List<Outlet> outlets = new ArrayList<>();
        for (String p : List.of("/good", "/cp1256", "/liar", "/xxe", "/laughs", "/bomb", "/huge", "/slow", "/loop",
                "/private", "/html", "/truncated", "/xss", "/busy", "/blocked")) {
            outlets.add(outlet(p.substring(1), p));
        }
        Instant before = Instant.now();
        try (Crawler c = crawler(outlets, delivered::add)) {
            c.crawlAll();
        }
        Map<String, FeedState> health = store.all().stream()
                .collect(Collectors.toMap(s -> s.feedUrl().substring(s.feedUrl().lastIndexOf('/')), Function.identity()));
        assertThat(health).hasSize(15);

        assertThat(health.get("/good").status()).isEqualTo("ok");
        assertThat(health.get("/cp1256").status()).isEqualTo("ok");
        assertThat(health.get("/liar").status()).isEqualTo("warning");
        assertThat(health.get("/liar").error()).contains("declared charset is wrong");
        assertError(health, "/xxe", "DTD entities");
        assertError(health, "/laughs", "DTD entities");
        assertError(health, "/bomb", "compression bomb");
        assertError(health, "/huge", "exceeds");
        assertError(health, "/slow", "within");
        assertError(health, "/loop", "redirect loop");
        assertError(health, "/private", "10.0.0.1");
        assertError(health, "/html", "HTML page");
        assertError(health, "/blocked", "robots.txt");
        assertThat(health.get("/truncated").status()).isEqualTo("warning");
        assertThat(health.get("/truncated").error()).contains("ill-formed");
        assertThat(health.get("/busy").status()).isEqualTo("rate-limited");
        assertThat(health.get("/busy").nextPoll()).isAfterOrEqualTo(before.plusSeconds(3600));
        for (FeedState s : health.values()) assertThat(s.lastFetch()).isNotNull();

        Map<String, NewItem> byUrl = delivered.stream().collect(Collectors.toMap(i -> i.article().url(), i -> i));
        assertThat(byUrl.keySet()).containsExactlyInAnyOrder("https://news.example/a/1", "https://news.example/a/2",
                "https://news.example/b/1", "https://news.example/c/1", "https://news.example/t/1",
                "https://news.example/x/1");
        NewItem full = byUrl.get("https://news.example/a/1");
        assertThat(full.summaryOnly()).isFalse();
        assertThat(full.article().title()).isEqualTo("خبر كامل");
        assertThat(full.article().sourceId()).isEqualTo("good");
        assertThat(full.article().published()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(full.article().body()).startsWith("هذا نص طويل");
        assertThat(byUrl.get("https://news.example/a/2").summaryOnly()).isTrue();
        assertThat(byUrl.get("https://news.example/a/2").article().summary()).isEqualTo("ملخص قصير فقط");
        assertThat(byUrl.get("https://news.example/b/1").article().title()).isEqualTo("عنوان بترميز ويندوز");
        assertThat(byUrl.get("https://news.example/c/1").article().title()).isEqualTo("ترميز خاطئ");
        String xss = byUrl.get("https://news.example/x/1").bodyHtml();
        assertThat(xss).doesNotContain("script", "onerror", "javascript:", "steal").contains("اضغط");
        // the good feed published 2 items 2 hours apart: 12/day → poll every hour
        assertThat(health.get("/good").itemsPerDay()).isEqualTo(12.0);
        assertThat(Duration.between(health.get("/good").lastFetch(), health.get("/good").nextPoll()))
                .isEqualTo(Duration.ofHours(1));
    }

    private static void assertError(Map<String, FeedState> health, String feed, String messagePart) {
        FeedState s = health.get(feed);
        assertThat(s.status()).as(feed).isEqualTo("error");
        assertThat(s.error()).as(feed).contains(messagePart);
        assertThat(s.failures()).as(feed).isEqualTo(1);
        assertThat(s.nextPoll()).as(feed).isAfter(s.lastFetch());
    }

    @Test
    void itemsSeenInEarlierPollsAreNotRecreated() throws Exception {
        server = new FixtureServer();
        server.serve("/etag", "text/xml", goodFeed().getBytes(StandardCharsets.UTF_8), "\"v1\"");
        server.serve("/plain", "text/xml", goodFeed().replace("g-1", "p-1").replace("g-2", "p-2"));
        List<Outlet> outlets = List.of(outlet("etag", "/etag"), outlet("plain", "/plain"));
        try (Crawler c = crawler(outlets, delivered::add)) {
            c.crawlAll();
            assertThat(delivered).hasSize(4);
            List<Crawler.PollResult> second = c.crawlAll();
            assertThat(delivered).hasSize(4);
            assertThat(second).extracting(Crawler.PollResult::status).containsExactlyInAnyOrder("not-modified", "ok");
            // a new item appears, with a tracking-parameter variant of an old link and no GUID
            server.serve("/plain", "text/xml", rss("x",
                    item(null, "جديد", "https://news.example/new?utm_campaign=z", "ج", null),
                    item("p-1", "خبر كامل", "https://news.example/a/1?utm_source=other", LONG_BODY, null)));
            c.crawlAll();
        }
        assertThat(delivered).hasSize(5);
        assertThat(delivered.get(4).article().url()).isEqualTo("https://news.example/new");
        assertThat(store.load(server.url("/etag")).orElseThrow().status()).isEqualTo("not-modified");
    }

    @Test
    void rejectedItemsAreOfferedAgainAndFeedThatTurnsHostileKeepsItsState() throws Exception {
        server = new FixtureServer();
        server.serve("/f", "text/xml", goodFeed().getBytes(StandardCharsets.UTF_8), "\"v1\"");
        List<Outlet> outlets = List.of(outlet("f", "/f"));
        boolean[] fail = {true};
        ItemSink flaky = item -> {
            if (fail[0]) throw new IllegalStateException("database is locked");
            delivered.add(item);
        };
        try (Crawler c = crawler(outlets, flaky)) {
            c.crawlAll();
            FeedState st = store.load(server.url("/f")).orElseThrow();
            assertThat(st.status()).isEqualTo("error");
            assertThat(st.error()).contains("database is locked");
            assertThat(st.etag()).isNull(); // validators not advanced, so the next poll re-reads the feed
            fail[0] = false;
            c.crawlAll();
            assertThat(delivered).hasSize(2);
            // now the feed turns into an XXE attack: health shows it, seen ids and validators are kept
            server.serve("/f", "text/xml", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>");
            c.crawlAll();
            st = store.load(server.url("/f")).orElseThrow();
            assertThat(st.status()).isEqualTo("error");
            assertThat(st.etag()).isEqualTo("\"v1\"");
            assertThat(st.itemsTotal()).isEqualTo(2);
            // and it recovers without re-creating old items
            server.serve("/f", "text/xml", goodFeed());
            c.crawlAll();
        }
        assertThat(delivered).hasSize(2);
        assertThat(store.load(server.url("/f")).orElseThrow().status()).isEqualTo("ok");
    }

    @Test
    void dueFeedsOnlyAndBackoffGrowsExponentially() throws Exception {
        server = new FixtureServer();
        server.route("/down", ex -> FixtureServer.send(ex, 500, "text/plain", new byte[0], Map.of()));
        List<Outlet> outlets = List.of(outlet("down", "/down"));
        try (Crawler c = crawler(outlets, delivered::add)) {
            c.crawlAll();
            FeedState one = store.load(server.url("/down")).orElseThrow();
            assertThat(Duration.between(one.lastFetch(), one.nextPoll())).isEqualTo(Duration.ofMinutes(30));
            assertThat(c.crawlDue()).isEmpty(); // not due yet
            c.crawlAll();
            FeedState two = store.load(server.url("/down")).orElseThrow();
            assertThat(two.failures()).isEqualTo(2);
            assertThat(Duration.between(two.lastFetch(), two.nextPoll())).isEqualTo(Duration.ofMinutes(60));
            assertThat(two.error()).contains("HTTP 500");
        }
    }
}
