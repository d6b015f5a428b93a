package org.khabar.crash;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.index.SearchQuery;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.store.ArticleQuery;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a writing process with SIGKILL in the middle of its work, twice, then checks that the SQLite file and the
 * Lucene index reopen cleanly and that every stored article is whole (all its tags there).
 */
class CrashSafetyTest {

    @TempDir
    Path data;

    @Test
    void storeAndIndexSurviveSigkillMidWrite() throws Exception {
        for (int round = 0; round < 2; round++) {
            killMidWrite(200 + round * 100);
        }
        try (SqliteDatabase db = SqliteDatabase.open(data)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
            SqliteArticleStore store = new SqliteArticleStore(db);
            long count = store.countAll();
            assertThat(count).isGreaterThanOrEqualTo(300);
            assertThat(store.list(ArticleQuery.latest(0, 1)).total()).isEqualTo(count);

            long lastId = 0;
            long seen = 0;
            List<Article> batch;
            while (!(batch = store.batchAfter(lastId, 500)).isEmpty()) {
                for (Article a : batch) {
                    int n = Integer.parseInt(a.url().substring(a.url().lastIndexOf('/') + 1));
                    assertThat(a.tags()).as("tags of " + a.url()).hasSize(CrashWriter.tagCount(n));
                    assertThat(a).isEqualTo(CrashWriter.article(n).withId(a.id()).withIngested(a.ingested()));
                }
                seen += batch.size();
                lastId = batch.get(batch.size() - 1).id();
            }
            assertThat(seen).isEqualTo(count);
            // the second run restarted from article 0: every URL stored once
            assertThat(store.byUrl("https://crash.example/0")).isPresent();

            SqliteCorpusStats stats = new SqliteCorpusStats(db);
            assertThat(stats.documentCount()).isLessThanOrEqualTo(2 * count);

            // the index opens cleanly, holds only stored articles, and still takes writes
            try (LuceneIndex index = new LuceneIndex(data.resolve("index"), new ArabicAnalyzer())) {
                assertThat(index.count()).isGreaterThan(0);
                assertThat(index.maxArticleId()).isLessThanOrEqualTo(lastId);
                assertThat(index.search(SearchQuery.text("النفط", 0, 5)).total()).isEqualTo(index.count());
                index.index(store.get(lastId).orElseThrow());
                index.commit();
                assertThat(index.maxArticleId()).isEqualTo(lastId);
            }
        }
    }

    /** Starts {@link CrashWriter}, lets it write at least {@code atLeast} articles, then SIGKILLs it. */
    private void killMidWrite(int atLeast) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashWriter.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int written = 0;
            StringBuilder log = new StringBuilder();
            while (written < atLeast && (line = out.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("written ")) written = Integer.parseInt(line.substring(8));
            }
            assertThat(written).as("child output:\n" + log).isGreaterThanOrEqualTo(atLeast);
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close()
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
