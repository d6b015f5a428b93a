package org.khabar.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall and ingest-thread CPU time per stage, summed over the articles ingested while it was attached. */
public final class StageTimes implements StageTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Totals of one stage at one moment. */
    public record Totals(long calls, long wallNanos, long cpuNanos) {
        public Totals minus(Totals earlier) {
            return new Totals(calls - earlier.calls, wallNanos - earlier.wallNanos, cpuNanos - earlier.cpuNanos);
        }
    }

    private final Map<Stage, Totals> totals = new EnumMap<>(Stage.class);

    @Override
    public <T> T time(Stage stage, Supplier<T> work) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            long dWall = System.nanoTime() - wall;
            long dCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            synchronized (this) {
                Totals t = totals(stage);
                totals.put(stage, new Totals(t.calls + 1, t.wallNanos + dWall, t.cpuNanos + dCpu));
            }
        }
    }

    public synchronized Totals totals(Stage stage) {
        return totals.getOrDefault(stage, new Totals(0, 0, 0));
    }
}
