package org.khabar.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.store.ArticleQuery;
import org.khabar.testing.FixtureCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL in the middle of an import: after a restart the store and the index agree, no article is
 * half-written, and importing again completes the corpus without duplicates.
 */
class CrashRecoveryTest {
    static final int ARTICLES = 1500;

    @Test
    void killedImportLeavesAConsistentStoreAndIndex(@TempDir Path tmp) throws Exception {
        Path corpus = FixtureCorpus.write(tmp.resolve("corpus.jsonl"), ARTICLES, 11);
        Path data = tmp.resolve("data");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.khabar.cli.KhabarCli",
                "import", "--data", data.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long stored = waitForSomeArticles(data, child);
        child.destroyForcibly();  // SIGKILL: no shutdown hook, no commit
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stored).as("killed mid-import").isBetween(1L, (long) ARTICLES - 1);

        try (Khabar khabar = Backends.openEmbedded(data)) {
            IndexSync sync = new IndexSync(khabar.store(), khabar.index());
            sync.reconcile(n -> { });
            long canonical = sync.canonicalCount();
            assertThat(khabar.index().count()).isEqualTo(canonical);
            assertThat(canonical).isLessThan(ARTICLES);
            long last = 0;
            for (List<Article> batch = khabar.store().batchAfter(0, 500); !batch.isEmpty();
                 batch = khabar.store().batchAfter(last, 500)) {
                for (Article a : batch) {
                    assertThat(a.title()).isNotBlank();
                    assertThat(a.body()).isNotBlank();
                    assertThat(a.tags()).as("tags of %d written with it", a.id()).isNotEmpty();
                }
                last = batch.get(batch.size() - 1).id();
            }
            BulkImport.Summary again = new BulkImport(khabar).run(List.of(corpus), Optional.empty(), l -> { }, n -> { });
            assertThat(again.imported() + again.sameUrl()).isEqualTo(ARTICLES);
            assertThat(khabar.store().countAll()).isEqualTo(ARTICLES);
            assertThat(khabar.index().count()).isEqualTo(sync.canonicalCount());
            assertThat(khabar.store().list(ArticleQuery.latest(0, 0)).total()).isEqualTo(sync.canonicalCount());
        }
    }

    /** Polls the SQLite file from this process (WAL allows a reader beside the writer). */
    private static long waitForSomeArticles(Path data, Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Path db = data.resolve("khabar.db");
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("import finished before it could be killed").isTrue();
            if (Files.exists(db)) {
                long n = countArticles(db);
                if (n >= 100) return n;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import stored nothing within 3 minutes");
    }

    private static long countArticles(Path db) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;  // schema not created yet, or the file is being initialised
        }
    }
}
