package org.khabar.serve;

import io.javalin.http.Context;

import java.util.OptionalLong;

/**
 * Parsing of paging and query parameters with hard bounds, so that no request can ask for an absurd
 * page (or overflow an offset) and every refusal is a clear 400.
 */
public final class Params {

    /** The deepest portal page anyone may ask for; far beyond any real archive at 20 per page. */
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** Bound on API offsets so offset + limit can never overflow in any backend. */
    public static final int MAX_OFFSET = 10_000_000;
    /** Search queries longer than this are refused: no real query is that long and parsing costs grow with it. */
    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_LABEL_CHARS = 200;

    private Params() {
    }

    /** {@code ?page=N}, 1-based, default 1. */
    public static int page(Context ctx) {
        return intParam(ctx, "page", 1, 1, MAX_PAGE);
    }

    /** {@code ?limit=N}, 1..100, default 20. */
    public static int limit(Context ctx) {
        return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** {@code ?offset=N}, 0-based, default 0. */
    public static int offset(Context ctx) {
        return intParam(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    /** A trimmed optional text parameter, or null when absent or blank; refused when longer than {@code max}. */
    public static String text(Context ctx, String name, int max) {
        return checkedText(name, ctx.queryParam(name), max);
    }

    /** Same bounds for a value taken from the path. */
    public static String checkedText(String name, String raw, int max) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            throw new BadParameter(name, "is longer than " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return parseBounded(name, raw.strip(), min, max);
    }

    public static int parseBounded(String name, String raw, int min, int max) {
        String range = "must be a whole number from " + min + " to " + max;
        // Only ASCII digits: Integer.parseInt would also accept Arabic-Indic digits and a leading '+'.
        if (raw.isEmpty() || raw.length() > 10 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadParameter(name, range);
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw new BadParameter(name, range);
        }
        return (int) value;
    }

    /** An article id from the path; empty when it is not a positive number (the caller decides 400 or 404). */
    public static OptionalLong articleId(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(raw);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
