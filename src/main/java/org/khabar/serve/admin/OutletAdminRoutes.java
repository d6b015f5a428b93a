package org.khabar.serve.admin;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.khabar.ingest.feed.FeedParseException;
import org.khabar.ingest.outlet.AdminToken;
import org.khabar.ingest.outlet.Opml;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.serve.WebConfig;
import org.khabar.serve.portal.OutletHealthPage;
import org.khabar.store.FeedStateStore;

/**
 * Outlet administration and crawl health over HTTP:
 * <ul>
 *   <li>{@code GET /api/outlets/health} — every feed's last fetch, status, error, items/day, next poll (public)</li>
 *   <li>{@code GET /outlets/health} — the same as an Arabic portal page</li>
 *   <li>{@code GET /metrics} — the same as Prometheus metrics</li>
 *   <li>{@code GET|PUT|DELETE /api/admin/outlets[/{id}]}, {@code GET|POST /api/admin/outlets.opml} — bearer token
 *       required; without a configured token these answer 404 (admin disabled, not open)</li>
 * </ul>
 */
public final class OutletAdminRoutes {

    private OutletAdminRoutes() {
    }

    /**
     * @param configFile where admin edits are saved (null: in memory only)
     */
    public static void register(Javalin app, OutletRegistry registry, FeedStateStore store, AdminToken token,
                                Path configFile) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        FeedMetrics feedMetrics = new FeedMetrics(metrics, store);

        app.get("/api/outlets/health", ctx -> ctx.json(health(store)));
        OutletHealthPage.register(app, store, id -> registry.get(id).map(Outlet::name).orElse(id),
                WebConfig.DEFAULT_ZONE);
        app.get("/metrics", ctx -> {
            feedMetrics.refresh();
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });

        app.get("/api/admin/outlets", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.json(registry.list());
        });
        app.put("/api/admin/outlets/{id}", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            Outlet o;
            try {
                o = OutletRegistry.json().readValue(ctx.body(), Outlet.class);
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "bad outlet: " + e.getMessage()));
                return;
            }
            if (!o.id().equals(ctx.pathParam("id"))) {
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "id in body differs from URL"));
                return;
            }
            registry.put(o);
            save(registry, configFile);
            ctx.json(o);
        });
        app.delete("/api/admin/outlets/{id}", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            if (!registry.remove(ctx.pathParam("id"))) {
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no such outlet"));
                return;
            }
            save(registry, configFile);
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.get("/api/admin/outlets.opml", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.contentType("text/x-opml; charset=utf-8").result(Opml.write(registry.list()));
        });
        app.post("/api/admin/outlets.opml", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            List<Outlet> imported;
            try {
                imported = Opml.read(ctx.body());
            } catch (FeedParseException e) {
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage()));
                return;
            }
            imported.forEach(registry::put);
            save(registry, configFile);
            ctx.json(Map.of("imported", imported.size()));
        });
    }

    private static void save(OutletRegistry registry, Path configFile) throws IOException {
        if (configFile != null) registry.save(configFile);
    }

    /** One row per feed for the health page and API. */
    public record FeedHealth(String outletId, String feedUrl, String status, String error, Instant lastFetch,
                             Instant nextPoll, double itemsPerDay, int consecutiveFailures, long itemsTotal) {
    }

    static List<FeedHealth> health(FeedStateStore store) {
        return store.all().stream().map(s -> new FeedHealth(s.outletId(), s.feedUrl(), s.status(), s.error(),
                s.lastFetch(), s.nextPoll(), s.itemsPerDay(), s.failures(), s.itemsTotal())).toList();
    }

    /** Per-feed gauges, re-read from the store on each scrape. */
    static final class FeedMetrics {
        private final FeedStateStore store;
        private final MultiGauge itemsPerDay;
        private final MultiGauge failures;
        private final MultiGauge up;
        private final MultiGauge itemsTotal;

        FeedMetrics(PrometheusMeterRegistry registry, FeedStateStore store) {
            this.store = store;
            itemsPerDay = MultiGauge.builder("khabar.feed.items.per.day").description("estimated publishing rate").register(registry);
            failures = MultiGauge.builder("khabar.feed.consecutive.failures").register(registry);
            up = MultiGauge.builder("khabar.feed.up").description("1 when the last fetch succeeded").register(registry);
            itemsTotal = MultiGauge.builder("khabar.feed.items").description("new items handed on").register(registry);
        }

        void refresh() {
            var states = store.all();
            itemsPerDay.register(states.stream().map(s -> MultiGauge.Row.of(tags(s), s.itemsPerDay())).toList(), true);
            failures.register(states.stream().map(s -> MultiGauge.Row.of(tags(s), s.failures())).toList(), true);
            up.register(states.stream().map(s -> MultiGauge.Row.of(tags(s),
                    s.status().equals("ok") || s.status().equals("not-modified") || s.status().equals("warning") ? 1 : 0))
                    .toList(), true);
            itemsTotal.register(states.stream().map(s -> MultiGauge.Row.of(tags(s), s.itemsTotal())).toList(), true);
        }

        private static Tags tags(FeedStateStore.FeedState s) {
            return Tags.of("outlet", s.outletId() == null ? "" : s.outletId(), "feed", s.feedUrl());
        }
    }
}
