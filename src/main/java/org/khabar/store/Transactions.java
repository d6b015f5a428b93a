package org.khabar.store;

import java.util.function.Supplier;

/**
 * Groups the writes that several stores make for one piece of work (an article: its row, fingerprint, story) into
 * one unit that commits together or not at all. A unit started inside another one is nested: if it fails, only its
 * own writes are undone and the outer unit goes on. Batching many articles into one unit is also what makes bulk
 * import fast on SQLite, where a commit costs far more than an insert.
 */
public interface Transactions {

    <T> T atomically(Supplier<T> work);

    default void atomically(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }

    /**
     * For backends whose stores each commit their own writes (no cross-store unit yet): work runs as it comes.
     * An article is then written in several commits, and a crash between them is repaired by the next run.
     */
    Transactions EACH_WRITE_COMMITS = new Transactions() {
        @Override
        public <T> T atomically(Supplier<T> work) {
            return work.get();
        }
    };
}
