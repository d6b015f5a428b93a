package org.khabar.app;

import java.util.function.Supplier;

/**
 * Times the ingest stages whose per-article cost the scale benchmark reports. Production ingest uses {@link #NONE},
 * which adds no clock reads to the write path.
 */
public interface StageTimer {

    enum Stage { DEDUP, CLUSTER }

    <T> T time(Stage stage, Supplier<T> work);

    StageTimer NONE = new StageTimer() {
        @Override
        public <T> T time(Stage stage, Supplier<T> work) {
            return work.get();
        }
    };
}
