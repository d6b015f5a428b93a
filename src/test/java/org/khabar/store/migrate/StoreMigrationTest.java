package org.khabar.store.migrate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.store.RelatedCache;
import org.khabar.store.jdbc.JdbcArticleStore;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresDatabase;
import org.khabar.store.jdbc.JdbcRelatedCache;
import org.khabar.store.postgres.PostgresTestSchemas;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite → PostgreSQL copy on real databases: ids kept, references valid, resumable, counts verified. */
@Tag("distributed")
class StoreMigrationTest {

    @TempDir
    Path dir;

    @Test
    void copiesEverythingKeepsIdsAndResumesAfterAnInterruption() throws Exception {
        int n = 2_500; // more than two batches
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteArticleStore store = new SqliteArticleStore(db);
            store.upsertSource(new Source("s", "مصدر", "https://s.example"));
            for (int i = 0; i < n; i++) {
                store.insert(Article.draft("https://s.example/" + i, "s", null, "عنوان " + i,
                        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), null, null, "نص " + i, null)
                        .withTags(List.of(new org.khabar.core.Tag("k" + (i % 7), "وسم", 1), new org.khabar.core.Tag("x", "س", 0.5))));
            }
            store.setDuplicateOf(1, 2_000L); // points forward: needs the second pass
            new JdbcRelatedCache(db).adoptRules(77);
            new JdbcRelatedCache(db).putRelated(3, new RelatedCache.Related(4L,
                    List.of(new RelatedCache.RelatedItem(5, 0.5, List.of("وسم"))), Instant.now(), true));
            SqliteCorpusStats stats = new SqliteCorpusStats(db);
            stats.addDocument(List.of("a", "b"));
            stats.flush();
            stats.setRetagged(1, 99);
        }
        PostgresConfig config = PostgresTestSchemas.fresh("khabar_migrate");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (SqliteDatabase sqlite = SqliteDatabase.open(dir); PostgresDatabase pg = PostgresDatabase.open(config)) {
            // an interrupted first run: only part of the articles made it
            new StoreMigration(sqlite, pg, new PrintStream(log)).run();
            pg.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM related");
                    st.execute("DELETE FROM article_tags WHERE article_id > 1200");
                    st.execute("UPDATE articles SET duplicate_of = NULL");
                    st.execute("DELETE FROM articles WHERE id > 1200");
                }
                return null;
            });
            var counts = new StoreMigration(sqlite, pg, new PrintStream(log)).run();
            assertThat(counts).containsEntry("articles", (long) n).containsEntry("article_tags", 2L * n)
                    .containsEntry("related", 1L).containsEntry("sources", 1L);
            JdbcArticleStore store = new JdbcArticleStore(pg);
            assertThat(store.get(1).orElseThrow().duplicateOf()).isEqualTo(2_000L);
            assertThat(store.get(777).orElseThrow().title()).isEqualTo("عنوان 776");
            assertThat(store.get(777).orElseThrow().tags()).hasSize(2);
            assertThat(new JdbcRelatedCache(pg).related(3).orElseThrow().stale()).isTrue();
            assertThat(new JdbcRelatedCache(pg).adoptRules(77)).as("the list rules' version moved along").isZero();
            // the identity sequence moved past the copied ids
            long next = store.insert(Article.draft("https://s.example/new", "s", null, "t", null, null, null, "b", null)).id();
            assertThat(next).isEqualTo(n + 1L);
            assertThat(new org.khabar.store.postgres.PostgresCorpusStats(pg).documentFrequencies(List.of("a")))
                    .containsEntry("a", 1L);
            // the tags moved along, and so does the record of the statistics they were computed against
            assertThat(new org.khabar.store.postgres.PostgresCorpusStats(pg).retaggedAt()).isEqualTo(1);
            assertThat(new org.khabar.store.postgres.PostgresCorpusStats(pg).retaggedWith()).isEqualTo(99);
        }
        assertThat(log.toString()).contains("verify articles").doesNotContain("DIFFERENT");
    }
}
