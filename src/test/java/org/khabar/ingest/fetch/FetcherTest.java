package org.khabar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.testing.FixtureServer;

class FetcherTest {

    FixtureServer server;
    Fetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = new FixtureServer();
        fetcher = new Fetcher(FetchConfig.forLoopbackTests());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void sendsUserAgentNamingKhabarWithContactUrl() throws Exception {
        server.serve("/a", "text/plain", "hello");
        FetchResult r = fetcher.fetch(server.url("/a"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(server.lastUserAgent.get("/a")).contains("khabar").contains("https://");
    }

    @Test
    void conditionalGetReturnsNotModified() throws Exception {
        server.serve("/feed", "application/rss+xml", "<rss/>".getBytes(), "\"v1\"");
        FetchResult first = fetcher.fetch(server.url("/feed"));
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResult second = fetcher.fetch(server.url("/feed"), first.etag(), null);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void gzipIsDecoded() throws Exception {
        byte[] plain = "<rss>عربي</rss>".getBytes(StandardCharsets.UTF_8);
        byte[] gz = FixtureServer.gzip(plain);
        server.route("/gz", ex -> FixtureServer.send(ex, 200, "text/xml", gz, Map.of("Content-Encoding", "gzip")));
        assertThat(fetcher.fetch(server.url("/gz")).body()).isEqualTo(plain);
    }

    @Test
    void gzipBombIsCutOff() throws Exception {
        byte[] bomb = FixtureServer.gzipBomb(64L << 20); // ~64 KB on the wire, 64 MB inflated; limit is 4 MB
        assertThat(bomb.length).isLessThan(1 << 20);
        server.route("/bomb", ex -> FixtureServer.send(ex, 200, "text/xml", bomb, Map.of("Content-Encoding", "gzip")));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.DECOMPRESSION_BOMB));
    }

    @Test
    void oneGigabyteResponseIsCutOffAtTheLimit() {
        server.huge("/huge", false);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/huge")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void declaredHugeContentLengthIsRefusedUpFront() {
        server.huge("/huge-declared", true);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/huge-declared")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    @Test
    void oneBytePerSecondServerHitsTheDeadline() {
        server.slow("/slow");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/slow")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(2900)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void redirectsAreFollowedWithinBounds() throws Exception {
        server.serve("/final", "text/plain", "done");
        server.redirect("/r1", "/r2");
        server.redirect("/r2", server.url("/final"));
        FetchResult r = fetcher.fetch(server.url("/r1"));
        assertThat(r.finalUrl()).isEqualTo(server.url("/final"));
        assertThat(new String(r.body())).isEqualTo("done");
    }

    @Test
    void redirectLoopIsDetected() {
        server.redirect("/loop-a", "/loop-b");
        server.redirect("/loop-b", "/loop-a");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/loop-a")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECT_LOOP));
    }

    @Test
    void tooManyRedirects() {
        for (int i = 0; i < 8; i++) server.redirect("/chain" + i, "/chain" + (i + 1));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/chain0")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_MANY_REDIRECTS));
    }

    @Test
    void redirectToPrivateAddressIsRefused() {
        server.redirect("/to-private", "http://10.0.0.1/admin");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-private")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.FORBIDDEN_ADDRESS);
                    assertThat(e.getMessage()).contains("10.0.0.1");
                });
    }

    @Test
    void redirectToLoopbackIsRefusedWhenOnlyANamedHostIsAllowed() {
        Fetcher strict = new Fetcher(FetchConfig.forLoopbackTests()
                .withAddressPolicy(AddressPolicy.allowHosts(Set.of("localhost"))));
        server.redirect("/to-loopback", server.url("/secret"));
        server.serve("/secret", "text/plain", "secret");
        assertThatThrownBy(() -> strict.fetch(server.localhostUrl("/to-loopback")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.FORBIDDEN_ADDRESS);
                    assertThat(e.getMessage()).contains("127.0.0.1");
                });
        assertThat(server.hits("/secret")).isZero();
    }

    @Test
    void publicOnlyPolicyRefusesLoopbackOutright() {
        Fetcher prod = new Fetcher(FetchConfig.forLoopbackTests().withAddressPolicy(AddressPolicy.publicOnly()));
        server.serve("/x", "text/plain", "x");
        assertThatThrownBy(() -> prod.fetch(server.url("/x")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FORBIDDEN_ADDRESS));
        assertThat(server.hits("/x")).isZero();
    }

    @Test
    void robotsDisallowIsObeyed() {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.serve("/private/feed", "text/xml", "<rss/>");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/private/feed")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS_DISALLOWED));
        assertThat(server.hits("/private/feed")).isZero();
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        server.route("/busy", ex -> FixtureServer.send(ex, 429, "text/plain", new byte[0], Map.of("Retry-After", "120")));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/busy")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                    assertThat(e.status()).isEqualTo(429);
                });
        assertThat(Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void nonFeedSchemesAreRefused() {
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_URL));
    }

    @Test
    void politenessDelayAndOneRequestPerHostAtATime() throws Exception {
        FetchConfig base = FetchConfig.forLoopbackTests();
        Fetcher polite = new Fetcher(new FetchConfig(base.userAgent(), base.connectTimeout(), base.readTimeout(),
                base.totalDeadline(), base.maxBodyBytes(), base.maxDecompressedBytes(), base.maxRedirects(),
                Duration.ZERO, Map.of("127.0.0.1", Duration.ofMillis(300)), false, base.addressPolicy()));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.route("/p", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                // test shutting down
            }
            inFlight.decrementAndGet();
            FixtureServer.send(ex, 200, "text/plain", "ok".getBytes(), Map.of());
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long t0 = System.nanoTime();
        var futures = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> pool.submit(() -> polite.fetch(server.url("/p")))).toList();
        for (var f : futures) f.get();
        pool.shutdown();
        assertThat(maxInFlight.get()).isEqualTo(1);
        // three requests, two gaps of 300 ms between them
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }
}
