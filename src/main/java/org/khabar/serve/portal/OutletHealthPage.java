package org.khabar.serve.portal;

import io.javalin.Javalin;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.khabar.serve.ArabicDates;
import org.khabar.store.FeedStateStore;

/**
 * The outlet health page ({@code /outlets/health}): one row per feed with its last fetch, status, error, items per
 * day and next poll, read from the crawler's feed state on every request. The same data is served as JSON at
 * {@code /api/outlets/health} and as Prometheus gauges at {@code /metrics}.
 *
 * @param rows    feeds, failing ones first so a broken outlet is seen without scrolling
 * @param failing feeds whose last fetch ended in an error or a rate limit
 */
public record OutletHealthPage(List<Row> rows, int failing) {

    /** One feed; {@code statusClass} styles the status cell, {@code statusLabel} is what a reader sees. */
    public record Row(String outlet, String feedUrl, String status, String statusLabel, String statusClass,
                      String error, Instant lastFetch, Instant nextPoll, String itemsPerDay, int failures,
                      long itemsTotal) {
    }

    private static final Map<String, String> LABELS = Map.of(
            "ok", "سليم", "not-modified", "لم يتغيّر", "warning", "تحذير", "error", "خطأ",
            "rate-limited", "محدود المعدّل", "never", "لم يُجلب بعد");

    /**
     * @param outletName display name of an outlet id (the id itself when the outlet is unknown)
     */
    public static OutletHealthPage of(List<FeedStateStore.FeedState> states, Function<String, String> outletName) {
        List<Row> rows = states.stream()
                .sorted(Comparator.comparing((FeedStateStore.FeedState s) -> !isFailing(s.status()))
                        .thenComparing(FeedStateStore.FeedState::outletId).thenComparing(FeedStateStore.FeedState::feedUrl))
                .map(s -> new Row(outletName.apply(s.outletId()), s.feedUrl(), s.status(),
                        LABELS.getOrDefault(s.status(), s.status()), statusClass(s.status()), s.error(),
                        s.lastFetch(), s.nextPoll(), String.format(Locale.ROOT, "%.1f", s.itemsPerDay()),
                        s.failures(), s.itemsTotal()))
                .toList();
        int failing = (int) states.stream().filter(s -> isFailing(s.status())).count();
        return new OutletHealthPage(rows, failing);
    }

    /** Adds the page to {@code app}; dates are shown in {@code zone}, like the rest of the portal. */
    public static void register(Javalin app, FeedStateStore store, Function<String, String> outletName, ZoneId zone) {
        Templates templates = new Templates();
        Ui ui = new Ui(new ArabicDates(zone), Stylesheet.versionedHref());
        app.get("/outlets/health", ctx -> ctx.html(templates.render("outlet-health.jte",
                Map.of("ui", ui, "page", of(store.all(), outletName)))));
    }

    private static boolean isFailing(String status) {
        return status.equals("error") || status.equals("rate-limited");
    }

    private static String statusClass(String status) {
        return switch (status) {
            case "ok", "not-modified" -> "ok";
            case "warning" -> "warn";
            case "error", "rate-limited" -> "bad";
            default -> "idle";
        };
    }
}
