package org.khabar.serve.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.khabar.app.ReadSide;
import org.khabar.app.SearchRequest;
import org.khabar.serve.BadParameter;
import org.khabar.serve.Params;
import org.khabar.serve.SearchParams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** The JSON API under /api/v1, described by /api/v1/openapi.json. */
public final class Api {
    public static final String PREFIX = "/api/";
    static final String OPENAPI_RESOURCE = "/org/khabar/serve/api/openapi.json";

    private final ReadSide readSide;
    private final byte[] openApi;

    public Api(ReadSide readSide) {
        this.readSide = readSide;
        this.openApi = loadOpenApi();
    }

    /** Instants as ISO-8601 text, not epoch numbers. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static boolean isApiPath(String path) {
        return path.startsWith(PREFIX) || path.equals("/api");
    }

    /** The JSON body of an error answer. */
    public static Object error(String message) {
        return new Json.Error(message);
    }

    public void register(Javalin app) {
        routes().forEach(app::get);
    }

    /**
     * Every GET route of the API, in Javalin's path syntax ({@code <label>} may hold an encoded '/').
     * A test holds this list and openapi.json to each other.
     */
    Map<String, Handler> routes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.put("/api/v1/articles", this::articles);
        routes.put("/api/v1/articles/{id}", this::article);
        routes.put("/api/v1/stories", this::stories);
        routes.put("/api/v1/stories/{id}", this::story);
        routes.put("/api/v1/search", this::search);
        routes.put("/api/v1/tags/<label>", this::tag);
        routes.put("/api/v1/popular-tags", this::popularTags);
        routes.put("/api/v1/sources", this::sources);
        return routes;
    }

    void articles(Context ctx) {
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        String source = Params.text(ctx, "source", Params.MAX_LABEL_CHARS);
        String tag = Params.text(ctx, "tag", Params.MAX_LABEL_CHARS);
        if (source != null && tag != null) {
            throw new BadParameter("tag", "cannot be combined with 'source'");
        }
        if (source != null) {
            if (readSide.source(source).isEmpty()) {
                throw new NotFoundResponse("unknown source '" + source + "'");
            }
            ctx.json(Json.ItemsPage.of(readSide.bySource(source, offset, limit), Json.TeaserItem::of));
        } else if (tag != null) {
            ctx.json(Json.ItemsPage.of(readSide.byTag(tag, offset, limit), Json.TeaserItem::of));
        } else {
            ctx.json(Json.ItemsPage.of(readSide.latest(offset, limit), Json.TeaserItem::of));
        }
    }

    void article(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new BadParameter("id", "must be a positive whole number");
        }
        var view = readSide.article(id.getAsLong())
                .orElseThrow(() -> new NotFoundResponse("no article with id " + id.getAsLong()));
        ctx.json(Json.ArticleDoc.of(view));
    }

    /** Top stories, ranked as on the home page. */
    void stories(Context ctx) {
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        ctx.json(Json.ItemsPage.of(readSide.topStories(offset, limit), Json.StoryItem::of));
    }

    /** A merged story's id answers with the live story it joined (its {@code id} says which). */
    void story(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new BadParameter("id", "must be a positive whole number");
        }
        var view = readSide.story(id.getAsLong())
                .orElseThrow(() -> new NotFoundResponse("no story with id " + id.getAsLong()));
        ctx.json(Json.StoryDoc.of(view));
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q", Params.MAX_QUERY_CHARS);
        if (q == null) {
            throw new BadParameter("q", "is required");
        }
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        SearchRequest request = SearchParams.read(ctx, q, readSide);
        ctx.json(Json.ItemsPage.of(readSide.search(request, offset, limit), Json.FoundItem::of));
    }

    void tag(Context ctx) {
        String label = Params.checkedText("label", ctx.pathParam("label"), Params.MAX_LABEL_CHARS);
        if (label == null) {
            throw new BadParameter("label", "is required");
        }
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        var page = readSide.byTag(label, offset, limit);
        ctx.json(new Json.TagPage(readSide.tagLabel(label), readSide.otherNames(label),
                page.items().stream().map(Json.TeaserItem::of).toList(), page.total(),
                readSide.relatedTags(label, ReadSide.RELATED_TAGS_SHOWN).stream().map(Json.PopularTagItem::of).toList()));
    }

    void popularTags(Context ctx) {
        var tags = readSide.popularTags(Params.limit(ctx)).stream().map(Json.PopularTagItem::of).toList();
        ctx.json(new Json.ItemsPage<>(tags, tags.size()));
    }

    void sources(Context ctx) {
        var sources = readSide.sources().stream().map(Json.SourceItem::of).toList();
        ctx.json(new Json.ItemsPage<>(sources, sources.size()));
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
