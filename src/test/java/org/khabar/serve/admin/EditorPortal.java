package org.khabar.serve.admin;

import io.javalin.Javalin;
import org.khabar.app.Backends;
import org.khabar.app.Khabar;
import org.khabar.app.NatoReports;
import org.khabar.serve.WebConfig;
import org.khabar.serve.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A portal on a real SQLite store and Lucene index holding {@link NatoReports}, with one module of admin routes, and
 * an editor's HTTP client for it: what the admin route tests share.
 */
final class EditorPortal implements AutoCloseable {
    static final String TOKEN = "editor-token-0123456789";

    final Khabar khabar;
    final List<Long> ids;
    private final WebServer server;
    private final String origin;
    private final HttpClient http = HttpClient.newHttpClient();

    /** {@code routes} registers the module under test on the portal's app, given the opened khabar. */
    EditorPortal(Path dir, BiConsumer<Javalin, Khabar> routes) {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        ids = NatoReports.ingest(khabar);
        server = WebServer.start(khabar, WebConfig.defaults().withPort(0).extraRoutes(
                List.of(app -> routes.accept(app, khabar))));
        origin = "http://127.0.0.1:" + server.port();
    }

    /** {@code method} on {@code path} without a body, with the bearer {@code token} unless null. */
    HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            khabar.close();
        }
    }
}
