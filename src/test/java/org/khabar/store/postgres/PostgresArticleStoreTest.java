package org.khabar.store.postgres;

import org.khabar.store.jdbc.JdbcArticleStore;
import org.khabar.store.jdbc.JdbcRelatedCache;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.store.ArticleStoreContract;
import org.khabar.store.CorpusStats;
import org.khabar.store.RelatedCache;
import org.khabar.store.StoreException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract, unchanged, on a real PostgreSQL (see ops/test-distributed.sh), plus PostgreSQL specifics. */
@Tag("distributed")
class PostgresArticleStoreTest extends ArticleStoreContract {

    private static final String SCHEMA = "khabar_contract";
    private PostgresConfig config;

    @Override
    protected void createDatabase() throws Exception {
        config = PostgresTestDatabase.freshSchema(SCHEMA);
    }

    @Override
    protected Backend openBackend() {
        PostgresDatabase db = PostgresDatabase.open(config);
        JdbcArticleStore store = new JdbcArticleStore(db);
        PostgresCorpusStats stats = new PostgresCorpusStats(db);
        JdbcRelatedCache related = new JdbcRelatedCache(db);
        return new Backend() {
            public JdbcArticleStore store() { return store; }
            public CorpusStats corpusStats() { return stats; }
            public RelatedCache relatedCache() { return related; }
            public void close() {
                stats.flush();
                db.close();
            }
        };
    }

    @Test
    void insertAllStoresABatchAndReportsExistingUrls() {
        JdbcArticleStore pg = (JdbcArticleStore) store;
        long first = pg.insert(draft("https://a.example/1", "s", T0)).id();
        List<Article> batch = List.of(draft("https://a.example/2", "s", T0), draft("https://a.example/1", "s", T0),
                draft("https://a.example/3", "s", null));
        var results = pg.insertAll(batch);
        assertThat(results).extracting(r -> r.inserted()).containsExactly(true, false, true);
        assertThat(results.get(1).id()).isEqualTo(first);
        assertThat(pg.countAll()).isEqualTo(3);
    }

    @Test
    void aBatchWithOneBadArticleStoresNothing() {
        JdbcArticleStore pg = (JdbcArticleStore) store;
        assertThatThrownBy(() -> pg.insertAll(List.of(draft("https://a.example/ok", "s", T0),
                draft("https://a.example/bad", " ", T0)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(pg.countAll()).isZero();
    }

    @Test
    void anUnreachableServerIsAClearErrorNotAHang() {
        PostgresConfig nowhere = new PostgresConfig("jdbc:postgresql://127.0.0.1:1/khabar", "x", "y", 1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> PostgresDatabase.open(nowhere))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/khabar");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(30);
    }
}
