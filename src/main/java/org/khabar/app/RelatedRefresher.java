package org.khabar.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Background worker that computes missing related lists and refreshes stale ones, so page views read the
 * cache. It works in small batches at a fixed pace and never blocks ingestion.
 */
public final class RelatedRefresher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RelatedRefresher.class);
    private static final int BATCH = 50;

    private final Khabar khabar;
    private final ScheduledExecutorService executor;

    public RelatedRefresher(Khabar khabar, Duration pause) {
        this.khabar = khabar;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "related-refresher");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::safeRunOnce, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Processes one batch; returns how many lists were (re)computed. */
    public int runOnce() {
        List<Long> todo = khabar.relatedCache().staleOrMissing(BATCH);
        for (long id : todo) {
            boolean isNew = khabar.relatedCache().related(id).isEmpty();
            khabar.refreshRelated(id, isNew);
        }
        return todo.size();
    }

    private void safeRunOnce() {
        try {
            while (runOnce() == BATCH && !executor.isShutdown()) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            // A failure here must not stop future refreshes; the next round retries.
            log.warn("related refresh failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
