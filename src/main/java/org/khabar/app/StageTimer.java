package org.khabar.app;

import java.util.function.Supplier;

/**
 * Times the ingest stages whose per-article cost the scale benchmark reports. Production ingest uses {@link #NONE},
 * which adds no clock reads to the write path.
 */
public interface StageTimer {

    /**
     * TAG: keyword tags (the language analysis). STORE: the URL check and the insert. STATS: the keys an article adds
     * to the corpus statistics, and adding them. DEDUP, CLUSTER: as named (cluster includes the story features).
     * INDEX: handing the unit's documents to the search index.
     */
    enum Stage { TAG, STORE, STATS, DEDUP, CLUSTER, INDEX }

    <T> T time(Stage stage, Supplier<T> work);

    StageTimer NONE = new StageTimer() {
        @Override
        public <T> T time(Stage stage, Supplier<T> work) {
            return work.get();
        }
    };
}
