package org.khabar.serve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.outlet.AdminToken;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.store.FeedStateStore.FeedState;
import org.khabar.store.FeedStateStore;
import org.khabar.store.jdbc.JdbcFeedStateStore;
import org.khabar.store.sqlite.SqliteDatabase;

class OutletAdminRoutesTest {

    @TempDir
    Path dir;
    Javalin app;
    SqliteDatabase stateDb;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        if (stateDb != null) stateDb.close();
    }

    private FeedStateStore feedState() {
        stateDb = SqliteDatabase.openFile(dir.resolve("s.db"));
        return new JdbcFeedStateStore(stateDb);
    }

    private String base(AdminToken token, OutletRegistry reg, FeedStateStore store) {
        app = Javalin.create();
        OutletAdminRoutes.register(app, reg, store, token, dir.resolve("outlets.json"));
        app.start("127.0.0.1", 0);
        return "http://127.0.0.1:" + app.port();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthMetricsAndTokenProtectedAdmin() throws Exception {
        FeedStateStore store = feedState();
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        store.save(new FeedState("https://ex.org/feed", "ex", null, null, t, "error", "HTTP 503", 24, t.plusSeconds(60), 2, 7));
        OutletRegistry reg = new OutletRegistry(List.of(new Outlet("ex", "مثال", null, "ar", null,
                List.of(Outlet.FeedSource.of("https://ex.org/feed")))));
        String base = base(AdminToken.of("token-token-token-1"), reg, store);

        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/api/outlets/health")));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"error\"", "HTTP 503", "\"itemsPerDay\":24.0");

        String metrics = send(HttpRequest.newBuilder(URI.create(base + "/metrics"))).body();
        assertThat(metrics).contains("khabar_feed_items_per_day{feed=\"https://ex.org/feed\",outlet=\"ex\"} 24.0")
                .contains("khabar_feed_up{feed=\"https://ex.org/feed\",outlet=\"ex\"} 0.0");

        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets"))).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets"))
                .header("Authorization", "Bearer wrong-wrong-wrong-wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets/new1"))
                .header("Authorization", "Bearer token-token-token-1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"new1\",\"name\":\"جديد\",\"feeds\":[{\"url\":\"https://new.example/rss\"}]}")));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(reg.get("new1")).isPresent();
        assertThat(OutletRegistry.load(dir.resolve("outlets.json")).get("new1")).isPresent();
        HttpResponse<String> opml = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets.opml"))
                .header("Authorization", "Bearer token-token-token-1"));
        assertThat(opml.body()).contains("xmlUrl=\"https://new.example/rss\"");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets/x"))
                .header("Authorization", "Bearer token-token-token-1").PUT(HttpRequest.BodyPublishers.ofString("{nope")));
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void healthPageShowsEveryFeedInArabicRtlWithFailingFeedsFirst() throws Exception {
        FeedStateStore store = feedState();
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        store.save(new FeedState("https://ok.example/rss", "ok", "\"e1\"", null, t, "ok", null, 12.5,
                t.plusSeconds(900), 0, 40));
        store.save(new FeedState("https://bad.example/rss", "bad", null, null, t, "error",
                "refused: feed declares DTD entities <script>", 0, t.plusSeconds(3600), 3, 0));
        OutletRegistry reg = new OutletRegistry(List.of(
                new Outlet("ok", "المصدر السليم", null, "ar", null, List.of(Outlet.FeedSource.of("https://ok.example/rss"))),
                new Outlet("bad", "المصدر المعطّل", null, "ar", null, List.of(Outlet.FeedSource.of("https://bad.example/rss")))));
        String base = base(AdminToken.of(null), reg, store);

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/outlets/health")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        String html = page.body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "صحة المصادر", "2 خلاصة، منها 1 متعثّرة");
        assertThat(html).contains("المصدر السليم", "المصدر المعطّل", "https://ok.example/rss", "سليم", "خطأ",
                "12.5", "40");
        // the error is shown escaped, and the failing feed comes first
        assertThat(html).contains("refused: feed declares DTD entities &lt;script&gt;").doesNotContain("entities <script>");
        assertThat(html.indexOf("https://bad.example/rss")).isLessThan(html.indexOf("https://ok.example/rss"));
        assertThat(html).contains("data-status=\"error\"", "data-status=\"ok\"");
        // last fetch and next poll as machine-readable times
        assertThat(html).contains("datetime=\"2026-12-01T08:00+03:00\"", "datetime=\"2026-12-01T08:15+03:00\"");
    }

    @Test
    void adminIsDisabledNotOpenWithoutAToken() throws Exception {
        FeedStateStore store = feedState();
        OutletRegistry reg = new OutletRegistry(List.of());
        String base = base(AdminToken.of(null), reg, store);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/outlets/x"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\"}")));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("admin is disabled");
        assertThat(reg.list()).isEmpty();
    }
}
