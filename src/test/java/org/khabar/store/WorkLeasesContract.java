package org.khabar.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour every {@link WorkLeases} shared by workers must have; one subclass per store. */
public abstract class WorkLeasesContract {
    private static final Duration LONG = Duration.ofMinutes(5);

    /** A fresh store's leases; {@code second} gives another handle on the same store (another worker). */
    protected abstract WorkLeases open(boolean second) throws Exception;

    protected abstract void closeAll() throws Exception;

    private WorkLeases one;
    private WorkLeases two;

    @BeforeEach
    void openLeases() throws Exception {
        one = open(false);
        two = open(true);
    }

    @AfterEach
    void close() throws Exception {
        closeAll();
    }

    @Test
    void aHeldLeaseIsNotGivenToAnotherHolderUntilReleased() {
        assertThat(one.claim(List.of("b", "a", "c"), "w1", LONG, 2)).containsExactly("a", "b");
        assertThat(two.claim(List.of("a", "b", "c"), "w2", LONG, 10)).containsExactly("c");
        assertThat(two.tryClaim("a", "w2", LONG)).isFalse();
        two.release("a", "w2"); // not its lease: nothing happens
        assertThat(two.tryClaim("a", "w2", LONG)).isFalse();
        one.release("a", "w1");
        assertThat(two.tryClaim("a", "w2", LONG)).isTrue();
        assertThat(one.claim(List.of(), "w1", LONG, 5)).isEmpty();
    }

    @Test
    void aLeaseWhoseHolderDiedExpires() throws Exception {
        assertThat(one.tryClaim("feed", "dead-worker", Duration.ofMillis(300))).isTrue();
        assertThat(two.tryClaim("feed", "w2", LONG)).isFalse();
        Thread.sleep(700);
        assertThat(two.tryClaim("feed", "w2", LONG)).isTrue();
        assertThat(one.tryClaim("feed", "dead-worker", LONG)).isFalse();
    }

    @Test
    void concurrentClaimersNeverShareAKey() throws Exception {
        List<String> keys = IntStream.range(0, 60).mapToObj(i -> "feed-" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                WorkLeases leases = w % 2 == 0 ? one : two;
                String holder = "w" + w;
                futures.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        List<String> shuffled = new ArrayList<>(keys);
                        Collections.shuffle(shuffled);
                        mine.addAll(leases.claim(shuffled, holder, LONG, 3));
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) all.addAll(f.get());
            assertThat(all).doesNotHaveDuplicates();
            assertThat(all).containsExactlyInAnyOrderElementsOf(keys);
        } finally {
            pool.shutdownNow();
        }
    }
}
