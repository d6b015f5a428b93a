package org.khabar.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.khabar.app.ReadSide;
import org.khabar.serve.api.Api;
import org.khabar.serve.feed.FeedRoutes;
import org.khabar.serve.sitemap.SitemapRoutes;
import org.khabar.serve.portal.Portal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * khabar's web layer: the Arabic portal, the JSON API and the static assets, on one Javalin (Jetty 11) server.
 * Depends on {@link ReadSide} only. Every error answer is rendered here: an HTML page for the portal, a
 * JSON {@code {"error": …}} under /api, and never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    /** No script at all: the portal works without JavaScript, so none is allowed to run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Room for a long query string; longer queries are then refused by the routes with a clear 400. */
    static final int REQUEST_HEADER_BYTES = 32 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(ReadSide readSide, WebConfig config) {
        Portal portal = new Portal(readSide, config);
        Api api = new Api(readSide);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.useVirtualThreads = false;
            cfg.jsonMapper(new JavalinJackson(Api.objectMapper(), false));
            cfg.http.defaultContentType = "text/html; charset=utf-8";
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                // URLs of changing assets carry a content hash (see Stylesheet); fonts never change
                files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
        });
        app.before(WebServer::securityHeaders);
        app.exception(BadParameter.class, (e, ctx) -> respond(ctx, portal, 400, e.getMessage(),
                "قيمة «" + e.parameter() + "» غير صالحة."));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, portal, e.getStatus(), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("request {} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, portal, 500, "internal error", null);
        });
        portal.register(app);
        api.register(app);
        new FeedRoutes(readSide, Clock.systemUTC(), config.publicUrl()).register(app);
        new SitemapRoutes(readSide, config.publicUrl()).register(app);
        for (Consumer<Javalin> extra : config.extraRoutes()) {
            extra.accept(app);
        }
        app.start(config.host(), config.port());
        return new WebServer(app);
    }

    /** The port actually bound (the ephemeral one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    /**
     * One error answer. The API gets the message (it names the parameter at fault); the portal gets a
     * fixed Arabic explanation, plus {@code portalDetail} when there is one. Exception text from a 500 is never shown, only logged.
     */
    private static void respond(Context ctx, Portal portal, int status, String message, String portalDetail) {
        ctx.status(status);
        if (Api.isApiPath(ctx.path())) {
            ctx.json(Api.error(status >= 500 ? "internal error" : message));
            return;
        }
        try {
            ctx.html(portal.errorHtml(status, portalDetail));
        } catch (RuntimeException renderFailure) {
            log.error("error page failed to render", renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result("خطأ " + status);
        }
    }
}
