/**
 * khabar's web layer: a server-rendered Arabic (RTL) portal and a JSON API, on Javalin 6 (Jetty 11) with
 * jte templates precompiled from src/main/jte. It depends only on {@link org.khabar.app.ReadSide}.
 *
 * <p>Start: {@code WebServer.start(readSide, WebConfig.defaults().withPort(8080))}; {@code port()} gives the
 * bound port (use 0 for an ephemeral one), {@code close()} stops it. Other modules add routes with
 * {@link org.khabar.serve.WebConfig#extraRoutes(java.util.List)}; their errors get the same error pages.
 *
 * <p>Portal: {@code /} (latest), {@code /articles/{id}}, {@code /tags/{label}} (URL-encoded, any surface form),
 * {@code /sources}, {@code /sources/{id}}, {@code /search?q=}, each list paged with {@code ?page=N}.
 * Static files under {@code /static/} (stylesheet, the OFL Noto Naskh Arabic woff2 files), cached for a year.
 *
 * <p>API: {@code /api/v1/articles}, {@code /api/v1/articles/{id}}, {@code /api/v1/search}, {@code /api/v1/tags/{label}},
 * {@code /api/v1/sources}, described by {@code /api/v1/openapi.json}.
 *
 * <p>Errors: 400 for a bad parameter, 404 for an unknown id or route, 500 otherwise; an HTML page on the portal,
 * {@code {"error": …}} under /api, never a stack trace.
 */
package org.khabar.serve;
