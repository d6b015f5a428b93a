package org.khabar.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.FeedStateStore;
import org.khabar.store.FeedStateStore.FeedState;
import org.khabar.store.FeedStateStoreContract;
import org.khabar.store.jdbc.JdbcFeedStateStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed state contract on a SQLite file of its own (the crawler's feed-state.db); a handle is a database. */
class SqliteFeedStateStoreTest extends FeedStateStoreContract {
    @TempDir
    Path dir;
    private final List<SqliteDatabase> opened = new ArrayList<>();

    @Override
    protected FeedStateStore open() {
        SqliteDatabase db = SqliteDatabase.openFile(dir.resolve("feed-state.db"));
        opened.add(db);
        return new JdbcFeedStateStore(db);
    }

    @Override
    protected void closeAll() {
        opened.forEach(SqliteDatabase::close);
        opened.clear();
    }

    @Test
    void sharesTheApplicationDatabase() {
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app"))) {
            FeedStateStore s = new JdbcFeedStateStore(db);
            s.save(new FeedState("https://ex.org/f", "ex", "\"e\"", null, t, "ok", null, 1, t, 0, 1));
            assertThat(s.markSeen("https://ex.org/f", "url:https://ex.org/1", t)).isTrue();
            assertThat(s.markSeen("https://ex.org/f", "url:https://ex.org/1", t)).isFalse();
            assertThat(s.load("https://ex.org/f").orElseThrow().etag()).isEqualTo("\"e\"");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }
}
