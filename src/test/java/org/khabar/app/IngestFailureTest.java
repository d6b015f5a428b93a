package org.khabar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.core.Article;
import org.khabar.index.SearchIndex;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;
import org.khabar.store.jdbc.JdbcFingerprintStore;
import org.khabar.store.jdbc.JdbcRelatedCache;
import org.khabar.store.jdbc.JdbcStoryStore;
import org.khabar.store.Transactions;
import org.khabar.testing.FixtureCorpus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An ingest whose unit fails at its last step (the index) leaves nothing in the store, and the story clusterer
 * forgets what it learnt in that unit: the next report of the same event must not join a story that was rolled
 * back (it would fail with "unknown story" forever). A unit whose commit happened but was reported as failed (the
 * connection dropped on the way back) leaves the index in line with the store once the store answers again.
 */
class IngestFailureTest {
    @TempDir
    Path dir;

    /** khabar on a real SQLite file and Lucene index, writing through {@code index} in units of {@code transactions}. */
    private static Khabar embedded(SqliteDatabase db, LuceneIndex lucene, SearchIndex index, Transactions transactions) {
        return Backends.assemble(new SqliteArticleStore(db), new SqliteCorpusStats(db), new JdbcRelatedCache(db),
                new JdbcFingerprintStore(db), new JdbcStoryStore(db), new org.khabar.store.jdbc.JdbcEditorialTags(db),
                index, transactions, Clock.systemUTC(), () -> {
                    lucene.close();
                    db.close();
                });
    }

    @Test
    void aFailedUnitLeavesNoStoryBehindInTheStoreOrTheClusterer() throws Exception {
        FixtureCorpus.StoryCorpus corpus = FixtureCorpus.writeStories(dir.resolve("stories.jsonl"), 5);
        List<Article> event = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(corpus.file())) {
            JsonNode r = json.readTree(line);
            String url = r.get("url").asText();
            if (corpus.storyOf().getOrDefault(url, -1) != 0) continue;
            event.add(Article.draft(url, r.get("source").asText(), null, r.get("title").asText(),
                    Instant.parse(r.get("published").asText()), null, r.get("summary").asText(),
                    r.get("body").asText(), null));
        }
        assertThat(event).hasSizeGreaterThanOrEqualTo(3);

        AtomicBoolean failNext = new AtomicBoolean(true);
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("data"));
        LuceneIndex lucene = new LuceneIndex(dir.resolve("data/index"), new KhabarAnalyzer());
        SearchIndex failing = (SearchIndex) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{SearchIndex.class}, (proxy, method, args) -> {
                    boolean write = method.getName().equals("index") || method.getName().equals("apply");
                    if (write && failNext.getAndSet(false)) {
                        throw new IllegalStateException("index node away");
                    }
                    try {
                        return method.invoke(lucene, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (Khabar khabar = embedded(db, lucene, failing, db)) {
            Article first = event.get(0);
            assertThatThrownBy(() -> khabar.ingestor().ingest(first)).hasMessageContaining("index node away");
            assertThat(khabar.store().countAll()).isZero();
            assertThat(khabar.stories().story(1)).isEmpty();

            for (Article report : event) {
                assertThat(khabar.ingestor().ingest(report)).isEqualTo(IngestOutcome.STORED);
            }
            List<Long> storyIds = event.stream()
                    .map(a -> khabar.store().byUrl(a.url()).orElseThrow().storyId()).distinct().toList();
            assertThat(storyIds).doesNotContainNull();
            for (long s : storyIds) assertThat(khabar.stories().story(s)).isPresent();
            assertThat(storyIds).as("the reports of one event share a story").hasSize(1);
            assertThat(khabar.stories().members(storyIds.get(0))).hasSize(event.size());
        }
    }

    @Test
    void aCommitReportedAsFailedLeavesTheArticleIndexedOnceTheRetryFindsIt() throws Exception {
        List<Article> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(FixtureCorpus.write(dir.resolve("a.jsonl"), 3, 5))) {
            JsonNode r = json.readTree(line);
            articles.add(Article.draft(r.get("url").asText(), r.get("source").asText(), null,
                    r.get("title").asText(), Instant.parse(r.get("published").asText()), null,
                    r.get("summary").asText(), r.get("body").asText(), null));
        }
        AtomicBoolean loseTheAnswer = new AtomicBoolean(false);
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("data"));
        LuceneIndex lucene = new LuceneIndex(dir.resolve("data/index"), new KhabarAnalyzer());
        Transactions commitsThenReportsFailure = new Transactions() {
            @Override
            public <T> T atomically(java.util.function.Supplier<T> work) {
                T result = db.atomically(work);
                if (loseTheAnswer.getAndSet(false)) throw new IllegalStateException("connection lost at commit");
                return result;
            }
        };
        try (Khabar khabar = embedded(db, lucene, lucene, commitsThenReportsFailure)) {
            assertThat(khabar.ingestor().ingest(articles.get(0))).isEqualTo(IngestOutcome.STORED);
            loseTheAnswer.set(true);
            assertThatThrownBy(() -> khabar.ingestor().ingest(articles.get(1)))
                    .hasMessageContaining("connection lost at commit");
            assertThat(khabar.store().byUrl(articles.get(1).url())).as("the commit happened").isPresent();

            assertThat(khabar.ingestor().ingest(articles.get(1))).isEqualTo(IngestOutcome.SAME_URL);
            assertThat(khabar.ingestor().ingest(articles.get(2))).isEqualTo(IngestOutcome.STORED);
            khabar.commit();
            assertThat(khabar.index().count()).isEqualTo(new IndexSync(khabar.store(), khabar.index()).canonicalCount())
                    .as("the index holds every canonical article the store holds").isEqualTo(3);
        }
    }
}
