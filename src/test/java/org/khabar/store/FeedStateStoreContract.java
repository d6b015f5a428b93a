package org.khabar.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khabar.store.FeedStateStore.FeedState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour every persistent {@link FeedStateStore} must have; one subclass per database. */
public abstract class FeedStateStoreContract {
    private static final String FEED = "https://ex.org/feed";
    private static final Instant T = Instant.parse("2026-12-01T05:00:00Z");

    /**
     * A store on its own handle (connection pool, file handle) to this test's database, empty at the first call:
     * what one handle writes, another must see, as another crawler thread, worker or later run would.
     */
    protected abstract FeedStateStore open() throws Exception;

    /** Releases every handle {@link #open} gave; a later {@link #open} reopens the same data. */
    protected abstract void closeAll() throws Exception;

    @AfterEach
    void close() throws Exception {
        closeAll();
    }

    @Test
    void stateAndSeenItemsAreSharedBetweenHandles() throws Exception {
        FeedStateStore a = open();
        FeedStateStore b = open();
        assertThat(a.load(FEED)).isEmpty();
        a.save(new FeedState(FEED, "ex", "\"e1\"", "Tue, 01 Dec 2026 04:00:00 GMT", T, "ok", null, 12.5,
                T.plusSeconds(600), 0, 3));
        assertThat(a.markSeen(FEED, "guid:1", T)).isTrue();
        assertThat(b.markSeen(FEED, "guid:1", T)).isFalse();

        FeedState st = b.load(FEED).orElseThrow();
        assertThat(st.etag()).isEqualTo("\"e1\"");
        assertThat(st.lastModified()).isEqualTo("Tue, 01 Dec 2026 04:00:00 GMT");
        assertThat(st.itemsPerDay()).isEqualTo(12.5);
        assertThat(st.nextPoll()).isEqualTo(T.plusSeconds(600));
        assertThat(st.lastFetch()).isEqualTo(T);
        assertThat(st.itemsTotal()).isEqualTo(3);
        assertThat(b.isSeen(FEED, "guid:1")).isTrue();
        assertThat(b.isSeen("https://ex.org/other", "guid:1")).isFalse();

        b.save(new FeedState(FEED, "ex", null, null, T, "error", "HTTP 500", 12.5, null, 1, 3));
        FeedState failed = a.load(FEED).orElseThrow();
        assertThat(failed.error()).isEqualTo("HTTP 500");
        assertThat(failed.etag()).isNull();
        assertThat(failed.nextPoll()).isNull();
        assertThat(failed.failures()).isEqualTo(1);
        assertThat(a.all()).hasSize(1);
    }

    @Test
    void stateAndSeenItemsSurviveReopening() throws Exception {
        FeedStateStore first = open();
        first.save(FeedState.initial(FEED, "ex"));
        first.save(FeedState.initial("https://a.example/rss", "a"));
        assertThat(first.markSeen(FEED, "guid:1", T)).isTrue();
        closeAll();

        FeedStateStore reopened = open();
        assertThat(reopened.all()).extracting(FeedState::feedUrl).containsExactly("https://a.example/rss", FEED);
        assertThat(reopened.load(FEED).orElseThrow().status()).isEqualTo("never");
        assertThat(reopened.isSeen(FEED, "guid:1")).isTrue();
        assertThat(reopened.markSeen(FEED, "guid:1", T)).isFalse();
    }

    @Test
    void exactlyOneOfManyRacingHandlesMarksAnItemSeen() throws Exception {
        List<FeedStateStore> handles = List.of(open(), open());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> marks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                FeedStateStore s = handles.get(i % handles.size());
                marks.add(pool.submit(() -> s.markSeen(FEED, "guid:race", T)));
            }
            int winners = 0;
            for (Future<Boolean> m : marks) if (m.get()) winners++;
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
