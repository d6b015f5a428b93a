package org.khabar.serve.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.khabar.ingest.outlet.AdminToken;

import java.util.Map;

/** The bearer token every admin route asks for; without a configured token, admin answers 404 (off, not open). */
final class AdminAuth {

    private AdminAuth() {
    }

    /** True when the request may go on; otherwise the answer (404 or 401) is already set. */
    static boolean authorized(Context ctx, AdminToken token) {
        if (!token.enabled()) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "admin is disabled (set KHABAR_ADMIN_TOKEN)"));
            return false;
        }
        if (!token.matchesAuthorization(ctx.header("Authorization"))) {
            ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").json(Map.of("error", "unauthorized"));
            return false;
        }
        return true;
    }
}
