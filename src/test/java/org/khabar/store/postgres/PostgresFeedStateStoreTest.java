package org.khabar.store.postgres;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.store.FeedStateStore.FeedState;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Crawler state on a real PostgreSQL: what one worker records, another (its own pool) sees. */
@Tag("distributed")
class PostgresFeedStateStoreTest {

    @Test
    void stateAndSeenItemsAreSharedBetweenWorkers() throws Exception {
        PostgresConfig config = PostgresTestDatabase.freshSchema("khabar_feed_state");
        Instant t = Instant.parse("2026-12-01T05:00:00Z");
        try (PostgresDatabase one = PostgresDatabase.open(config); PostgresDatabase two = PostgresDatabase.open(config)) {
            PostgresFeedStateStore a = new PostgresFeedStateStore(one);
            PostgresFeedStateStore b = new PostgresFeedStateStore(two);
            assertThat(a.load("https://ex.org/feed")).isEmpty();
            a.save(new FeedState("https://ex.org/feed", "ex", "\"e1\"", "Tue, 01 Dec 2026 04:00:00 GMT", t, "ok",
                    null, 12.5, t.plusSeconds(600), 0, 3));
            assertThat(a.markSeen("https://ex.org/feed", "guid:1", t)).isTrue();
            assertThat(b.markSeen("https://ex.org/feed", "guid:1", t)).isFalse();

            FeedState st = b.load("https://ex.org/feed").orElseThrow();
            assertThat(st.etag()).isEqualTo("\"e1\"");
            assertThat(st.itemsPerDay()).isEqualTo(12.5);
            assertThat(st.nextPoll()).isEqualTo(t.plusSeconds(600));
            assertThat(st.lastFetch()).isEqualTo(t);
            assertThat(st.itemsTotal()).isEqualTo(3);
            assertThat(b.isSeen("https://ex.org/feed", "guid:1")).isTrue();
            assertThat(b.isSeen("https://ex.org/other", "guid:1")).isFalse();
            b.save(new FeedState("https://ex.org/feed", "ex", null, null, t, "error", "HTTP 500", 12.5, null, 1, 3));
            assertThat(a.load("https://ex.org/feed").orElseThrow().error()).isEqualTo("HTTP 500");
            assertThat(a.load("https://ex.org/feed").orElseThrow().nextPoll()).isNull();
            assertThat(a.all()).hasSize(1);
        }
    }
}
