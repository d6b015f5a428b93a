package org.khabar.serve.admin;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.khabar.app.Takedowns;
import org.khabar.ingest.outlet.AdminToken;
import org.khabar.serve.BadParameter;
import org.khabar.serve.Params;

import java.util.OptionalLong;

/**
 * Takedowns over HTTP (bearer token, as every admin route; app.Takedowns does the work):
 * <ul>
 *   <li>{@code PUT /api/admin/articles/{id}/withdrawn[?reason=…]}: withdraw an article from the portal</li>
 *   <li>{@code DELETE /api/admin/articles/{id}/withdrawn}: show it again</li>
 *   <li>{@code GET /api/admin/withdrawn[?offset=&limit=]}: withdrawn articles, the latest first</li>
 * </ul>
 */
public final class TakedownRoutes {
    /** Longest reason kept: a note for the next editor, not a document. */
    static final int MAX_REASON_CHARS = 1_000;

    private TakedownRoutes() {
    }

    public static void register(Javalin app, Takedowns takedowns, AdminToken token) {
        app.put("/api/admin/articles/{id}/withdrawn", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            String reason = ctx.queryParam("reason") == null ? null
                    : Params.checkedText("reason", ctx.queryParam("reason"), MAX_REASON_CHARS).strip();
            ctx.json(takedowns.withdraw(id, reason).orElseThrow(() -> new NotFoundResponse("no article with id " + id)));
        });
        app.delete("/api/admin/articles/{id}/withdrawn", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            if (!takedowns.restore(id)) throw new NotFoundResponse("article " + id + " is not withdrawn");
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.get("/api/admin/withdrawn", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.json(takedowns.withdrawn(Params.offset(ctx), Params.limit(ctx)));
        });
    }

    private static long id(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) throw new BadParameter("id", "must be a positive whole number");
        return id.getAsLong();
    }
}
