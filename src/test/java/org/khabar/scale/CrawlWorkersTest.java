package org.khabar.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.testing.FixtureServer;
import org.khabar.ingest.testing.Feeds;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresTestSchemas;
import org.khabar.testing.FixtureCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two `khabar serve` processes (real child JVMs) share one PostgreSQL and the 3-node OpenSearch cluster and crawl
 * the same loopback fixture feeds. The fixture server counts requests per URL. One feed hangs until released; the
 * worker that took it is killed with SIGKILL while it holds that lease, and the other worker takes the feed once the
 * lease expires and ingests its items. No feed is fetched twice except one whose worker died holding its lease, and
 * no article is stored twice.
 */
@Tag("cluster")
class CrawlWorkersTest {
    static final int FEEDS = 6;
    static final int ITEMS = 4;
    static final int LEASE_SECONDS = 10;
    static final String SCHEMA = "khabar_crawl";
    static final String ALIAS = "khabar-crawl-test";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void twoWorkersFetchEachFeedOnceAndTheSurvivorTakesTheKilledWorkersLease() throws Exception {
        PostgresConfig pg = PostgresTestSchemas.fresh(SCHEMA);
        ClusterEnv.openSearch("DELETE", "/" + ALIAS + "*");
        List<Map<String, String>> articles = articles(FixtureCorpus.write(dir.resolve("a.jsonl"), (FEEDS + 1) * ITEMS, 3));

        CountDownLatch releaseSlow = new CountDownLatch(1);
        List<String> feedPaths = new ArrayList<>();
        try (FixtureServer server = new FixtureServer()) {
            for (int f = 0; f <= FEEDS; f++) {
                String path = f == FEEDS ? "/slow.xml" : "/feed-" + f + ".xml";
                feedPaths.add(path);
                String[] items = new String[ITEMS];
                for (int i = 0; i < ITEMS; i++) {
                    Map<String, String> a = articles.get(f * ITEMS + i);
                    items[i] = Feeds.item("guid-" + f + "-" + i, a.get("title"), server.url("/a/" + f + "/" + i),
                            a.get("body"), RFC_1123.format(Instant.parse(a.get("published"))));
                }
                byte[] body = Feeds.rss("feed " + f, items).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                boolean slow = f == FEEDS;
                server.route(path, ex -> {
                    // the first request for the slow feed hangs, holding its worker's lease, until released
                    if (slow && server.hits(path) == 1) {
                        try {
                            releaseSlow.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    FixtureServer.send(ex, 200, "application/rss+xml", body, Map.of());
                });
            }
            Path outlets = writeOutlets(server, feedPaths);

            Process one = startWorker(outlets, "one");
            Process two = startWorker(outlets, "two");
            Process survivor = null;
            try {
                long normal = (long) FEEDS * ITEMS;
                // The slow feed hangs its first fetch: whoever took it holds its lease (renewed while it lives).
                waitFor(Duration.ofSeconds(120), () -> server.hits("/slow.xml") >= 1
                        && leaseHolder(pg, server.url("/slow.xml")) != null, "a worker takes the slow feed", one, two);
                String holder = leaseHolder(pg, server.url("/slow.xml"));
                Process victim = holder.endsWith(":" + one.pid()) ? one : two;
                survivor = victim == one ? two : one;
                assertThat(holder).endsWith(":" + victim.pid());
                long killedAt = System.nanoTime();
                victim.destroyForcibly(); // SIGKILL: no shutdown hook, no lease is released
                assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
                // What the dead worker held at its death stays in the table under its name until it expires.
                List<String> orphaned = leasesOf(pg, holder);
                assertThat(orphaned).contains(server.url("/slow.xml"));
                releaseSlow.countDown();

                Process alive = survivor;
                waitFor(Duration.ofSeconds(LEASE_SECONDS + 90),
                        () -> count(pg, "SELECT COUNT(*) FROM articles") >= normal + ITEMS,
                        "the survivor ingests every feed, the dead worker's after its leases expire", alive);
                double waited = (System.nanoTime() - killedAt) / 1e9;
                assertThat(server.hits("/slow.xml")).isEqualTo(2);
                assertThat(waited).as("the slow feed is taken only after expiry").isGreaterThan(LEASE_SECONDS - 3.0);
                for (int f = 0; f < FEEDS; f++) {
                    String url = server.url("/feed-" + f + ".xml");
                    // a feed is fetched again only when the worker that had it died before finishing it
                    assertThat(server.hits("/feed-" + f + ".xml")).as("fetches of feed " + f)
                            .isEqualTo(1 + (orphaned.contains(url) && server.hits("/feed-" + f + ".xml") > 1 ? 1 : 0));
                }

                assertThat(count(pg, "SELECT COUNT(*) FROM articles")).isEqualTo(normal + ITEMS);
                assertThat(count(pg, "SELECT COUNT(*) FROM (SELECT url FROM articles GROUP BY url HAVING COUNT(*) > 1) d"))
                        .isZero();
                assertThat(count(pg, "SELECT COUNT(*) FROM feed_seen_item")).isEqualTo(normal + ITEMS);

                // every canonical article reaches the index on the cluster (serve commits every 2 s)
                long canonical = count(pg, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL");
                waitFor(Duration.ofSeconds(60), () -> indexCount() == canonical, "index catches up", alive);
            } finally {
                releaseSlow.countDown();
                one.destroyForcibly();
                two.destroyForcibly();
                one.waitFor(30, TimeUnit.SECONDS);
                two.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process startWorker(Path outlets, String name) throws Exception {
        return ClusterEnv.khabar(dir.resolve(name + ".log"), "serve", "--port", "0",
                "--store", ClusterEnv.storeSpec(SCHEMA),
                "--index", "opensearch://" + ClusterEnv.openSearchNodes() + "/" + ALIAS + "?shards=3&replicas=1",
                "--outlets", outlets.toString(), "--allow-private-feeds",
                "--lease-seconds", String.valueOf(LEASE_SECONDS), "--crawl-tick-ms", "500").start();
    }

    private Path writeOutlets(FixtureServer server, List<String> feedPaths) throws Exception {
        List<Map<String, Object>> outlets = new ArrayList<>();
        for (int f = 0; f < feedPaths.size(); f++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", "outlet" + f);
            o.put("name", "منفذ " + f);
            o.put("siteUrl", server.url("/"));
            o.put("language", "ar");
            o.put("feeds", List.of(Map.of("url", server.url(feedPaths.get(f)))));
            outlets.add(o);
        }
        Path file = dir.resolve("outlets.json");
        new ObjectMapper().writeValue(file.toFile(), Map.of("outlets", outlets));
        return file;
    }

    private static List<Map<String, String>> articles(Path jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode r = json.readTree(line);
            // Full text in the feed (over the crawler's 500-character summary limit): no page fetch needed.
            String body = r.get("body").asText();
            while (body.length() < 700) body = body + "\n" + r.get("body").asText();
            out.add(Map.of("title", r.get("title").asText(), "body", body.replace("\n", "<br/>"),
                    "published", r.get("published").asText()));
        }
        return out;
    }

    private static long count(PostgresConfig pg, String sql) {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            // the schema appears when the first worker has migrated it
            if ("42P01".equals(e.getSQLState())) return 0;
            throw new IllegalStateException(e);
        }
    }

    private static String leaseHolder(PostgresConfig pg, String key) {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             PreparedStatement ps = c.prepareStatement("SELECT holder FROM work_lease WHERE lease_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            if ("42P01".equals(e.getSQLState())) return null;
            throw new IllegalStateException(e);
        }
    }

    private static List<String> leasesOf(PostgresConfig pg, String holder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             PreparedStatement ps = c.prepareStatement("SELECT lease_key FROM work_lease WHERE holder = ?")) {
            ps.setString(1, holder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long indexCount() {
        try {
            JsonNode r = new ObjectMapper().readTree(ClusterEnv.openSearch("GET", "/" + ALIAS + "/_count"));
            return r.path("count").asLong(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private void waitFor(Duration limit, BooleanSupplier done, String what, Process... workers) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            for (Process p : workers) {
                if (!p.isAlive()) throw new AssertionError("a worker exited while waiting until " + what + ":\n" + logs());
            }
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what + ":\n" + logs());
            Thread.sleep(250);
        }
    }

    private String logs() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String n : List.of("one", "two")) {
            Path log = dir.resolve(n + ".log");
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                sb.append("--- ").append(n).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()))).append('\n');
            }
        }
        return sb.toString();
    }
}
