package org.khabar.serve;

import io.javalin.http.Context;
import org.khabar.app.ReadSide;
import org.khabar.app.SearchRequest;

/**
 * A search's options as the portal and the API read them beside {@code q}: {@code source}, one outlet's id (an
 * unknown one is refused, not answered with an empty page that would look like "no news"), and {@code sort},
 * {@code relevance} (the default) or {@code newest}.
 */
public final class SearchParams {
    public static final String NEWEST = "newest";
    public static final String RELEVANCE = "relevance";
    private static final int MAX_PARAM_CHARS = 100;

    private SearchParams() {
    }

    public static SearchRequest read(Context ctx, String query, ReadSide readSide) {
        String source = Params.text(ctx, "source", MAX_PARAM_CHARS);
        if (source != null && readSide.source(source).isEmpty()) {
            throw new BadParameter("source", "names no outlet");
        }
        String sort = Params.text(ctx, "sort", MAX_PARAM_CHARS);
        if (sort != null && !sort.equals(NEWEST) && !sort.equals(RELEVANCE)) {
            throw new BadParameter("sort", "must be " + RELEVANCE + " or " + NEWEST);
        }
        return new SearchRequest(query, source, NEWEST.equals(sort));
    }
}
