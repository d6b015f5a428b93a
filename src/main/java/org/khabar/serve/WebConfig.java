package org.khabar.serve;

import io.javalin.Javalin;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the web layer runs. Immutable; start from {@link #defaults()} and refine with the {@code with…} methods.
 *
 * @param host        interface to bind; loopback by default so a dev run is never exposed by accident
 * @param port        TCP port, 0 for an ephemeral one (see {@link WebServer#port()})
 * @param zone        zone in which dates are shown on the portal (the API always speaks UTC instants)
 * @param pageSize    teasers per portal page
 * @param extraRoutes registrars run after the portal and API routes, e.g. an admin or health module
 * @param publicUrl   the portal's address as readers reach it ({@code https://news.example}, behind a proxy), for the
 *                    absolute links of feeds and sitemaps; null: the address each request came to
 */
public record WebConfig(String host, int port, ZoneId zone, int pageSize, List<Consumer<Javalin>> extraRoutes,
                        String publicUrl) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(zone, "zone");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be 1..100, got " + pageSize);
        }
        extraRoutes = List.copyOf(extraRoutes);
        if (publicUrl != null && !Origin.isPublicUrl(publicUrl)) {
            throw new IllegalArgumentException("public URL must be http(s)://host[:port] with no path, got " + publicUrl);
        }
    }

    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", 8080, DEFAULT_ZONE, 20, List.of(), null);
    }

    public WebConfig withHost(String newHost) {
        return new WebConfig(newHost, port, zone, pageSize, extraRoutes, publicUrl);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, zone, pageSize, extraRoutes, publicUrl);
    }

    public WebConfig withZone(ZoneId newZone) {
        return new WebConfig(host, port, newZone, pageSize, extraRoutes, publicUrl);
    }

    public WebConfig withPageSize(int newPageSize) {
        return new WebConfig(host, port, zone, newPageSize, extraRoutes, publicUrl);
    }

    public WebConfig withPublicUrl(String newPublicUrl) {
        return new WebConfig(host, port, zone, pageSize, extraRoutes, newPublicUrl);
    }

    /** Routes another module contributes (registered after khabar's own, before the server starts). */
    public WebConfig extraRoutes(List<Consumer<Javalin>> registrars) {
        return new WebConfig(host, port, zone, pageSize, registrars, publicUrl);
    }
}
