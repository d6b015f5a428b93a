package org.khabar.scale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.app.IngestOutcome;
import org.khabar.app.Khabar;
import org.khabar.app.SelectedBackends;
import org.khabar.core.Article;
import org.khabar.index.opensearch.OpenSearchIndex;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresTestSchemas;
import org.khabar.testing.FixtureCorpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is restarted (ops/postgres/stop.sh, then start.sh) while a worker ingests into it. The worker's calls
 * fail while the server is away; it retries each article (as the crawler re-offers items it could not hand on), the
 * pool (HikariCP) opens new connections once the server is back, and nothing is lost or stored twice.
 */
@Tag("cluster")
class PostgresRestartTest {
    static final int ARTICLES = 240;
    static final String ALIAS = "khabar-pgrestart-test";

    @TempDir
    Path dir;

    @Test
    void aWorkerReconnectsAfterARestartAndLosesNothing() throws Exception {
        PostgresConfig pg = PostgresTestSchemas.fresh("khabar_pg_restart");
        ClusterEnv.openSearch("DELETE", "/" + ALIAS + "*");
        List<Article> articles = OpenSearchNodeLossTest.articles(FixtureCorpus.write(dir.resolve("a.jsonl"), ARTICLES, 23))
                .stream().map(a -> a.withId(0)).toList();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        OpenSearchIndex index = OpenSearchIndex.open(String.join(",", ClusterEnv.openSearchHttp()), ALIAS,
                new KhabarAnalyzer(), 3, 1);
        try (Khabar worker = SelectedBackends.assemble(SelectedBackends.openPostgres(pg), index, Clock.systemUTC())) {
            CompletableFuture<Void> ingest = CompletableFuture.runAsync(() -> {
                for (Article a : articles) {
                    while (true) {
                        try {
                            IngestOutcome outcome = worker.ingestor().ingest(a);
                            assertThat(outcome).isIn(IngestOutcome.STORED, IngestOutcome.SAME_URL);
                            break;
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            sleep(200);
                        }
                    }
                    done.incrementAndGet();
                }
            });
            while (done.get() < ARTICLES / 4) {
                assertThat(ingest).isNotDone();
                Thread.sleep(100);
            }
            ClusterEnv.runOps("postgres/stop.sh");
            int atStop = done.get();
            Thread.sleep(2000);
            ClusterEnv.runOps("postgres/start.sh");
            ingest.get(5, TimeUnit.MINUTES);
            assertThat(atStop).as("restarted mid-ingest").isLessThan(ARTICLES);
            assertThat(failures.get()).as("the worker saw the server go away").isPositive();
            worker.commit();

            assertThat(worker.store().countAll()).isEqualTo(ARTICLES);
            assertThat(count(pg, "SELECT COUNT(DISTINCT url) FROM articles")).isEqualTo(ARTICLES);
            assertThat(count(pg, "SELECT COUNT(*) FROM dedup_fingerprint")).isEqualTo(ARTICLES);
            assertThat(count(pg, "SELECT COUNT(*) FROM articles WHERE story_id IS NULL")).isZero();
            assertThat(count(pg, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM article_tags t WHERE t.article_id = a.id)")).isZero();
            long canonical = count(pg, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL");
            assertThat(worker.index().count()).isEqualTo(canonical);
            assertThat(articles.stream().map(Article::url).collect(Collectors.toSet()))
                    .allSatisfy(url -> assertThat(worker.store().byUrl(url)).isPresent());
        } finally {
            ClusterEnv.openSearch("DELETE", "/" + ALIAS + "*");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(PostgresConfig pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
