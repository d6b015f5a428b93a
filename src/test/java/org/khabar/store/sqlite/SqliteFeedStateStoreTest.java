package org.khabar.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.FeedStateStore.FeedState;

class SqliteFeedStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void stateAndSeenItemsSurviveReopening() {
        Path db = dir.resolve("khabar.db");
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        try (SqliteFeedStateStore s = SqliteFeedStateStore.open(db)) {
            assertThat(s.load("https://ex.org/feed")).isEmpty();
            s.save(new FeedState("https://ex.org/feed", "ex", "\"e1\"", "Tue, 01 Dec 2026 04:00:00 GMT", t, "ok",
                    null, 12.5, t.plusSeconds(600), 0, 3));
            assertThat(s.markSeen("https://ex.org/feed", "guid:1", t)).isTrue();
            assertThat(s.markSeen("https://ex.org/feed", "guid:1", t)).isFalse();
        }
        try (SqliteFeedStateStore s = SqliteFeedStateStore.open(db)) {
            FeedState st = s.load("https://ex.org/feed").orElseThrow();
            assertThat(st.etag()).isEqualTo("\"e1\"");
            assertThat(st.itemsPerDay()).isEqualTo(12.5);
            assertThat(st.nextPoll()).isEqualTo(t.plusSeconds(600));
            assertThat(st.itemsTotal()).isEqualTo(3);
            assertThat(s.isSeen("https://ex.org/feed", "guid:1")).isTrue();
            assertThat(s.isSeen("https://ex.org/other", "guid:1")).isFalse();
            s.save(new FeedState("https://ex.org/feed", "ex", null, null, t, "error", "HTTP 500", 12.5, null, 1, 3));
            assertThat(s.load("https://ex.org/feed").orElseThrow().error()).isEqualTo("HTTP 500");
            assertThat(s.all()).hasSize(1);
        }
    }

    @Test
    void sharesTheApplicationDatabase() {
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app"))) {
            SqliteFeedStateStore s = new SqliteFeedStateStore(db);
            s.save(new FeedState("https://ex.org/f", "ex", "\"e\"", null, t, "ok", null, 1, t, 0, 1));
            assertThat(s.markSeen("https://ex.org/f", "url:https://ex.org/1", t)).isTrue();
            assertThat(s.markSeen("https://ex.org/f", "url:https://ex.org/1", t)).isFalse();
            assertThat(s.load("https://ex.org/f").orElseThrow().etag()).isEqualTo("\"e\"");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }
}
