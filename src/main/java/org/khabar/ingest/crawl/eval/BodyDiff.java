package org.khabar.ingest.crawl.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a crawled body differs from the imported one, compared paragraph by paragraph (lines), so a difference
 * says what went wrong: boilerplate kept ({@link Kind#EXTRA_LINES}), article text lost ({@link Kind#MISSING_LINES}),
 * or a paragraph changed within ({@link Kind#CHANGED_LINES}: both sides have a line the other lacks).
 *
 * @param extra   crawled lines the import lacks (multiset difference, in crawled order)
 * @param missing imported lines the crawl lacks (multiset difference, in imported order)
 */
record BodyDiff(Kind kind, List<String> extra, List<String> missing) {

    enum Kind { IDENTICAL, CORPUS_EMPTY, EXTRA_LINES, MISSING_LINES, CHANGED_LINES, REORDERED }

    static BodyDiff of(String got, String want) {
        if (got.equals(want)) return new BodyDiff(Kind.IDENTICAL, List.of(), List.of());
        List<String> g = lines(got);
        List<String> w = lines(want);
        List<String> extra = minus(g, w);
        List<String> missing = minus(w, g);
        Kind kind = want.isBlank() ? Kind.CORPUS_EMPTY
                : extra.isEmpty() && missing.isEmpty() ? Kind.REORDERED
                : missing.isEmpty() ? Kind.EXTRA_LINES
                : extra.isEmpty() ? Kind.MISSING_LINES
                : Kind.CHANGED_LINES;
        return new BodyDiff(kind, extra, missing);
    }

    private static List<String> lines(String body) {
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String line : b) rest.remove(line);
        return rest;
    }

    /** One line for the eval's list of examples. */
    String describe(int maxChars) {
        String first = !missing.isEmpty() ? "missing «" + missing.get(0) + "»" : !extra.isEmpty() ? "extra «" + extra.get(0) + "»" : "";
        String s = kind + (extra.size() + missing.size() > 1 ? " (" + extra.size() + " extra, " + missing.size() + " missing lines)" : "")
                + (first.isEmpty() ? "" : ": " + first);
        return s.length() > maxChars ? s.substring(0, maxChars) + "…" : s;
    }
}
