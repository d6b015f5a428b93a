package org.khabar.store.sqlite;

import org.khabar.store.jdbc.JdbcRelatedCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.store.ArticleQuery;
import org.khabar.store.ArticleStore.InsertResult;
import org.khabar.store.ArticleStoreContract;
import org.khabar.store.CorpusStats;
import org.khabar.store.RelatedCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract on a real SQLite file, plus what is specific to SQLite (file, pragmas, batch insert). */
class SqliteArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected void createDatabase() {
        // each test gets a fresh @TempDir; the file is created on first open
    }

    @Override
    protected Backend openBackend() {
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        SqliteArticleStore store = new SqliteArticleStore(db);
        SqliteCorpusStats stats = new SqliteCorpusStats(db);
        JdbcRelatedCache related = new JdbcRelatedCache(db);
        return new Backend() {
            public SqliteArticleStore store() { return store; }
            public CorpusStats corpusStats() { return stats; }
            public RelatedCache relatedCache() { return related; }
            public void close() {
                stats.flush();
                db.close();
            }
        };
    }

    private SqliteDatabase db() {
        return ((SqliteArticleStore) store).database();
    }

    @Test
    void createsTheDatabaseFileInWalModeWithForeignKeys() {
        assertThat(Files.exists(dataDir.resolve("khabar.db"))).isTrue();
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(pragma("synchronous")).isEqualTo("1"); // NORMAL
        assertThat(Long.parseLong(pragma("busy_timeout"))).isGreaterThanOrEqualTo(1000);
        assertThat(db().integrityCheck()).isEqualTo("ok");
    }

    @Test
    void reopeningKeepsDataAndDoesNotRemigrate() {
        long id = store.insert(draft("https://a.example/1", "s", T0, tag("k"))).id();
        backend.close();
        backend = openBackend();
        store = backend.store();
        assertThat(store.get(id).orElseThrow().tags()).extracting(Tag::key).containsExactly("k");
    }

    @Test
    void insertAllStoresABatchAtomicallyAndReportsExistingUrls() {
        long first = store.insert(draft("https://a.example/0", "s", T0)).id();
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) batch.add(draft("https://a.example/" + i, "s", T0, tag("t" + i)));
        batch.add(draft("https://a.example/2", "s", T0)); // repeated within the batch
        List<InsertResult> results = ((SqliteArticleStore) store).insertAll(batch);
        assertThat(results).hasSize(6);
        assertThat(results.get(0)).isEqualTo(InsertResult.existing(first));
        assertThat(results.subList(1, 5)).allSatisfy(r -> assertThat(r.inserted()).isTrue());
        assertThat(results.get(5)).isEqualTo(InsertResult.existing(results.get(2).id()));
        assertThat(store.countAll()).isEqualTo(5);
        assertThat(store.get(results.get(4).id()).orElseThrow().tags()).extracting(Tag::key).containsExactly("t4");
    }

    @Test
    void insertAllWithABadArticleStoresNothing() {
        List<Article> batch = List.of(draft("https://a.example/1", "s", T0), draft("", "s", T0));
        assertThatThrownBy(() -> ((SqliteArticleStore) store).insertAll(batch))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.countAll()).isZero();
    }

    @Test
    void tagPageQueryUsesTheTagIndex() {
        String plan = db().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "EXPLAIN QUERY PLAN SELECT a.id FROM articles a JOIN article_tags t ON t.article_id = a.id"
                            + " AND t.tag_key = 'x' WHERE a.duplicate_of IS NULL"
                            + " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 20")) {
                StringBuilder sb = new StringBuilder();
                while (rs.next()) sb.append(rs.getString("detail")).append('\n');
                return sb.toString();
            }
        });
        assertThat(plan).contains("article_tags_key");
        assertThat(store.list(ArticleQuery.latest(0, 5).withTag("x")).total()).isZero();
    }

    private String pragma(String name) {
        return db().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
