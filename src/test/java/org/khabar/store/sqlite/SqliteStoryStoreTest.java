package org.khabar.store.sqlite;

import org.khabar.store.jdbc.JdbcStoryStore;
import org.khabar.store.StoryStore;
import org.khabar.store.StoryStoreContract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQLite store on a real database file, schema applied by Flyway from db/sqlite. */
class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    private final List<SqliteDatabase> opened = new ArrayList<>();

    private SqliteDatabase database() {
        SqliteDatabase db = SqliteDatabase.open(dir);
        opened.add(db);
        return db;
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(SqliteDatabase::close);
    }

    @Override
    public StoryStore store() {
        return new JdbcStoryStore(database());
    }

    @Test
    void storiesSurviveReopeningTheDatabase() {
        StoryStore first = new JdbcStoryStore(database());
        long a = first.createStory();
        long b = first.createStory();
        first.assign(a, m(1, "bbc", 0));
        first.assign(b, m(2, "cnn", 5));
        first.merge(b, a);

        StoryStore reopened = new JdbcStoryStore(database());
        assertThat(reopened.resolve(b)).isEqualTo(a);
        assertThat(reopened.members(a)).extracting(StoryStore.Member::articleId).containsExactly(1L, 2L);
        assertThat(reopened.createStory()).isGreaterThan(b);
    }
}
