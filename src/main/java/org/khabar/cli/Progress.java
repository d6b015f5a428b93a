package org.khabar.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long operation: a redrawn bar with rate and ETA on a terminal, plain periodic lines otherwise
 * (logs and CI must stay readable). {@code total} may be unknown (<= 0).
 */
public final class Progress implements AutoCloseable {
    private static final long LINE_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long BAR_INTERVAL_NANOS = Duration.ofMillis(200).toNanos();

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long done;
    private long lastDraw;

    public Progress(String label, long total, PrintStream out) {
        this(label, total, out, System.console() != null);
    }

    Progress(String label, long total, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
    }

    public synchronized void step(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastDraw >= (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
            lastDraw = now;
            draw(now, false);
        }
    }

    public synchronized long done() {
        return done;
    }

    /** Items per second since the start. */
    public synchronized double rate() {
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return done / secs;
    }

    @Override
    public synchronized void close() {
        draw(System.nanoTime(), true);
    }

    private void draw(long now, boolean last) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        String eta = total > 0 && rate > 0 && done < total ? formatDuration((long) ((total - done) / rate)) : "-";
        String count = total > 0 ? done + "/" + total : Long.toString(done);
        String stats = String.format(Locale.ROOT, "%s %.0f/s elapsed %s eta %s", count, rate,
                formatDuration((long) secs), eta);
        if (terminal) {
            String bar = total > 0 ? bar(done, total) + " " : "";
            out.print("\r" + label + " " + bar + stats + "   ");
            if (last) out.println();
        } else {
            out.println(label + ": " + stats);
        }
        out.flush();
    }

    private static String bar(long done, long total) {
        int width = 30;
        int filled = (int) Math.min(width, width * done / Math.max(1, total));
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }

    static String formatDuration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
