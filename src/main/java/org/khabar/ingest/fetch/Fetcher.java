package org.khabar.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polite, bounded HTTP GET. Redirects are followed by hand so every hop passes the {@link AddressPolicy} (SSRF)
 * and robots.txt; bodies are capped on the wire and after decompression; the whole exchange has a deadline.
 * Thread-safe; one instance per process so the per-host gate is shared.
 */
public final class Fetcher {

    private static final Duration ROBOTS_TTL = Duration.ofHours(12);
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetchConfig config;
    private final HttpClient client;
    private final HostGate gate = new HostGate();
    private final ConcurrentHashMap<String, CachedRules> robots = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    private record CachedRules(BaseRobotRules rules, Instant fetched) {
    }

    public Fetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    /** Plain GET. */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(url, null, null);
    }

    /** Conditional GET: a 304 comes back as a result with {@link FetchResult#notModified()} true. */
    public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
        URI uri = parse(url);
        Set<String> seen = new HashSet<>();
        seen.add(uri.toString());
        for (int hop = 0; ; hop++) {
            config.addressPolicy().check(uri.getHost());
            if (config.obeyRobots() && !allowedByRobots(uri)) {
                throw new FetchException(FetchException.Kind.ROBOTS_DISALLOWED, "robots.txt disallows " + uri);
            }
            Exchange ex = exchange(uri, etag, lastModified, config.maxBodyBytes(), true);
            int status = ex.response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = ex.response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " without Location from " + uri);
                }
                URI next;
                try {
                    next = parse(uri.resolve(location.strip().replace(" ", "%20")).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.BAD_URL, "bad redirect Location " + location, e);
                }
                if (!seen.add(next.toString())) {
                    throw new FetchException(FetchException.Kind.REDIRECT_LOOP, "redirect loop at " + next);
                }
                if (hop + 1 > config.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS,
                            "more than " + config.maxRedirects() + " redirects from " + url);
                }
                uri = next;
                continue;
            }
            if (status == 429 || status == 503) {
                throw new RateLimitedException(status, retryAfter(ex.response.headers().firstValue("Retry-After")
                        .orElse(null)), uri.toString());
            }
            if (status == 304) {
                return new FetchResult(url, uri.toString(), 304, new byte[0], null, etag, lastModified);
            }
            if (status < 200 || status >= 300) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " from " + uri);
            }
            byte[] body = Decompression.decode(ex.body,
                    ex.response.headers().firstValue("Content-Encoding").orElse(null),
                    config.maxDecompressedBytes(), uri.toString());
            var h = ex.response.headers();
            return new FetchResult(url, uri.toString(), status, body, h.firstValue("Content-Type").orElse(null),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        }
    }

    private record Exchange(HttpResponse<byte[]> response, byte[] body) {
    }

    /** One request/response under the host gate and the total deadline. */
    private Exchange exchange(URI uri, String etag, String lastModified, long maxBytes, boolean gated)
            throws FetchException {
        String host = hostKey(uri);
        try {
            if (gated) gate.enter(host, delayFor(uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.IO, "interrupted");
        }
        try {
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET()
                    .timeout(config.readTimeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept-Encoding", "gzip, deflate")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            if (etag != null) rb.header("If-None-Match", etag);
            if (lastModified != null) rb.header("If-Modified-Since", lastModified);
            AtomicReference<LimitedBodySubscriber> sub = new AtomicReference<>();
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(rb.build(), info -> {
                LimitedBodySubscriber s = new LimitedBodySubscriber(maxBytes, uri.toString());
                long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    s.fail(new FetchException(FetchException.Kind.TOO_LARGE, "Content-Length " + declared
                            + " from " + uri + " exceeds " + maxBytes + " bytes"));
                }
                sub.set(s);
                return s;
            });
            try {
                HttpResponse<byte[]> r = future.get(config.totalDeadline().toMillis(), TimeUnit.MILLISECONDS);
                return new Exchange(r, r.body());
            } catch (TimeoutException e) {
                LimitedBodySubscriber s = sub.get();
                FetchException why = new FetchException(FetchException.Kind.TIMEOUT,
                        "no complete response from " + uri + " within " + config.totalDeadline().toMillis() + " ms");
                if (s != null) s.fail(why);
                future.cancel(true);
                throw why;
            } catch (ExecutionException e) {
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    if (c instanceof FetchException fe) throw fe;
                    if (c.getCause() == c) break;
                }
                Throwable root = e.getCause();
                if (root instanceof java.net.http.HttpTimeoutException) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, "timed out waiting for " + uri, root);
                }
                throw new FetchException(FetchException.Kind.IO, "cannot fetch " + uri + ": " + describe(root), root);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw new FetchException(FetchException.Kind.IO, "interrupted");
            }
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "bad URL " + uri + ": " + e.getMessage(), e);
        } finally {
            if (gated) gate.exit(host);
        }
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private Duration delayFor(URI uri) {
        Duration d = config.delayFor(uri.getHost());
        CachedRules r = robots.get(hostKey(uri));
        if (r != null && r.rules.getCrawlDelay() > 0) {
            Duration robotsDelay = Duration.ofMillis(Math.min(r.rules.getCrawlDelay(), 60_000));
            if (robotsDelay.compareTo(d) > 0) d = robotsDelay;
        }
        return d;
    }

    /** Consults (and caches) the host's robots.txt. Missing robots.txt (4xx) allows all. */
    public boolean allowedByRobots(URI uri) {
        String key = hostKey(uri);
        CachedRules cached = robots.get(key);
        if (cached == null || cached.fetched.plus(ROBOTS_TTL).isBefore(Instant.now())) {
            cached = new CachedRules(fetchRobots(uri), Instant.now());
            robots.put(key, cached);
        }
        return cached.rules.isAllowed(uri.toString());
    }

    private BaseRobotRules fetchRobots(URI page) {
        URI robotsUri = page.resolve("/robots.txt");
        try {
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                config.addressPolicy().check(robotsUri.getHost());
                Exchange ex = exchange(robotsUri, null, null, MAX_ROBOTS_BYTES, true);
                int status = ex.response.statusCode();
                if (status >= 300 && status < 400) {
                    String loc = ex.response.headers().firstValue("Location").orElse(null);
                    if (loc == null) break;
                    robotsUri = robotsUri.resolve(loc);
                    continue;
                }
                if (status != 200) return robotsParser.failedFetch(status);
                byte[] body = Decompression.decode(ex.body,
                        ex.response.headers().firstValue("Content-Encoding").orElse(null), MAX_ROBOTS_BYTES * 4,
                        robotsUri.toString());
                return robotsParser.parseContent(robotsUri.toString(), body,
                        ex.response.headers().firstValue("Content-Type").orElse("text/plain"), List.of("khabar"));
            }
        } catch (FetchException e) {
            // unreachable robots.txt: the page fetch itself will report the real problem
        }
        return robotsParser.failedFetch(404);
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long secs = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, secs));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), when.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    private static String hostKey(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + ":" + uri.getPort();
    }

    static URI parse(String url) throws FetchException {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException(FetchException.Kind.BAD_URL, "only http(s) URLs can be fetched: " + url);
            }
            if (u.getHost() == null) throw new FetchException(FetchException.Kind.BAD_URL, "URL has no host: " + url);
            return u;
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "bad URL " + url + ": " + e.getMessage(), e);
        }
    }
}
