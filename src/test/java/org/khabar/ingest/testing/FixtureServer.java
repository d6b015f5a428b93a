package org.khabar.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on loopback serving fixture feeds and pages, including hostile ones. */
public final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    public final Map<String, String> lastUserAgent = new ConcurrentHashMap<>();

    public FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fixture-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        route("/robots.txt", ex -> send(ex, 404, "text/plain", new byte[0], Map.of()));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** URL on 127.0.0.1. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Same server, addressed as "localhost". */
    public String localhostUrl(String path) {
        return "http://localhost:" + port() + path;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public void route(String path, HttpHandler h) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException ignored) {
            // not registered yet
        }
        server.createContext(path, ex -> {
            if (!ex.getRequestURI().getPath().equals(path)) { // contexts match by prefix; fixtures are exact
                try (ex) {
                    send(ex, 404, "text/plain", new byte[0], Map.of());
                }
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            lastUserAgent.put(path, String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            try (ex) {
                h.handle(ex);
            } catch (IOException e) {
                // client went away (expected for cut-off hostile responses)
            }
        });
    }

    /** Static body; honours If-None-Match against the given ETag. */
    public void serve(String path, String contentType, byte[] body, String etag) {
        route(path, ex -> {
            if (etag != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, contentType, body, etag == null ? Map.of() : Map.of("ETag", etag));
        });
    }

    public void serve(String path, String contentType, String body) {
        serve(path, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    public void redirect(String path, String location) {
        route(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** Headers at once, then one byte per second. */
    public void slow(String path) {
        route(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            OutputStream os = ex.getResponseBody();
            byte[] doc = "<rss version=\"2.0\"><channel><title>slow</title></channel></rss>".getBytes();
            for (byte b : doc) {
                os.write(b);
                os.flush();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** A 1 GB body, generated as it is sent (never allocated), chunked. */
    public void huge(String path, boolean declareLength) {
        route(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, declareLength ? (1L << 30) : 0);
            OutputStream os = ex.getResponseBody();
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < (1L << 30); sent += chunk.length) os.write(chunk);
        });
    }

    /** A small gzip body that inflates to {@code inflatedBytes}. */
    public static byte[] gzipBomb(long inflatedBytes) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            byte[] zeros = new byte[1 << 20];
            for (long n = 0; n < inflatedBytes; n += zeros.length) gz.write(zeros);
        }
        return bos.toByteArray();
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
