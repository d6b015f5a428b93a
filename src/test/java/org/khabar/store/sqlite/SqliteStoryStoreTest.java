package org.khabar.store.sqlite;

import org.khabar.store.StoryStore;
import org.khabar.store.StoryStoreContract;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQLite store on a real database file, schema applied by Flyway from db/sqlite. */
class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    private SQLiteDataSource dataSource() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("khabar.db"));
        Flyway.configure().dataSource(ds).locations("classpath:db/sqlite").load().migrate();
        return ds;
    }

    @Override
    public StoryStore store() {
        return new SqliteStoryStore(dataSource());
    }

    @Test
    void storiesSurviveReopeningTheDatabase() {
        SQLiteDataSource ds = dataSource();
        StoryStore first = new SqliteStoryStore(ds);
        long a = first.createStory();
        long b = first.createStory();
        first.assign(a, m(1, "bbc", 0));
        first.assign(b, m(2, "cnn", 5));
        first.merge(b, a);

        StoryStore reopened = new SqliteStoryStore(dataSource());
        assertThat(reopened.resolve(b)).isEqualTo(a);
        assertThat(reopened.members(a)).extracting(StoryStore.Member::articleId).containsExactly(1L, 2L);
        assertThat(reopened.createStory()).isGreaterThan(b);
    }
}
