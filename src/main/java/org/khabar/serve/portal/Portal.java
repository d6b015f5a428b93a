package org.khabar.serve.portal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.khabar.app.ArticleView;
import org.khabar.app.Found;
import org.khabar.app.ReadSide;
import org.khabar.app.SearchRequest;
import org.khabar.app.StorySummary;
import org.khabar.app.StoryView;
import org.khabar.app.Teaser;
import org.khabar.core.Source;
import org.khabar.serve.ArabicDates;
import org.khabar.serve.Links;
import org.khabar.serve.SearchParams;
import org.khabar.serve.Params;
import org.khabar.serve.WebConfig;
import org.khabar.store.Page;
import org.khabar.store.TagCount;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The server-rendered Arabic portal: home (top stories), latest articles, story, article, tag, outlet and search
 * pages, and the error pages.
 */
public final class Portal {
    /** Popular tags shown on the home page. */
    static final int POPULAR_TAGS = 12;

    private final ReadSide readSide;
    private final int pageSize;
    private final Templates templates = new Templates();
    private final Ui ui;

    public Portal(ReadSide readSide, WebConfig config) {
        this.readSide = readSide;
        this.pageSize = config.pageSize();
        this.ui = new Ui(new ArabicDates(config.zone()), Stylesheet.versionedHref());
    }

    public void register(Javalin app) {
        app.get("/", this::home);
        app.get("/latest", this::latest);
        app.get("/stories/{id}", this::story);
        app.get("/articles/{id}", this::article);
        app.get("/tags/<label>", this::tag);
        app.get("/sources", this::sources);
        app.get("/sources/{id}", this::source);
        app.get("/search", this::search);
    }

    /** Top stories, not a flat list: one entry per story, linking its lead report and its full coverage. */
    void home(Context ctx) {
        Pager pager = pager(ctx, Links.home());
        Page<StorySummary> top = readSide.topStories(pager.offset(), pageSize);
        pager = checkPage(new Pager(pager.base(), pager.page(), pageSize, top.total()));
        // the tags of the moment on the first page only: deeper pages are for older stories
        List<TagCount> popular = pager.page() == 1 ? readSide.popularTags(POPULAR_TAGS) : List.of();
        render(ctx, "home.jte", new HomePage(top.items(), pager, popular));
    }

    void latest(Context ctx) {
        Pager pager = pager(ctx, Links.latest());
        Page<Teaser> latest = readSide.latest(pager.offset(), pageSize);
        pager = checkPage(new Pager(pager.base(), pager.page(), pageSize, latest.total()));
        render(ctx, "list.jte", new ListPage("آخر الأخبار", "آخر الأخبار", "", latest.items(), pager,
                "لا أخبار بعد.", null, Links.feedLatest()));
    }

    /** A merged story's old address moves permanently to the story it joined, so links keep working. */
    void story(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new NotFoundResponse("no such story");
        }
        StoryView view = readSide.story(id.getAsLong()).orElseThrow(() -> new NotFoundResponse("no such story"));
        if (view.id() != id.getAsLong()) {
            ctx.redirect(Links.story(view.id()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        render(ctx, "story.jte", view);
    }

    void article(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            throw new NotFoundResponse("no such article");
        }
        ArticleView view = readSide.article(id.getAsLong()).orElseThrow(() -> new NotFoundResponse("no such article"));
        render(ctx, "article.jte", ArticlePage.of(view));
    }

    void tag(Context ctx) {
        String label = Params.checkedText("label", ctx.pathParam("label"), Params.MAX_LABEL_CHARS);
        if (label == null) {
            throw new NotFoundResponse("no such tag");
        }
        Pager pager = pager(ctx, Links.tag(label));
        Page<Teaser> tagged = readSide.byTag(label, pager.offset(), pageSize);
        if (tagged.total() == 0) {
            throw new NotFoundResponse("no such tag");
        }
        pager = checkPage(new Pager(pager.base(), pager.page(), pageSize, tagged.total()));
        String display = readSide.tagLabel(label);
        render(ctx, "list.jte", new ListPage(display, display, "وسم", tagged.items(), pager, "",
                null, Links.feedTag(label), readSide.relatedTags(label, ReadSide.RELATED_TAGS_SHOWN), readSide.otherNames(label)));
    }

    void sources(Context ctx) {
        render(ctx, "sources.jte", "sources", readSide.sources());
    }

    void source(Context ctx) {
        String id = ctx.pathParam("id");
        Source source = readSide.source(id).orElseThrow(() -> new NotFoundResponse("no such source"));
        Pager pager = pager(ctx, Links.source(source.id()));
        Page<Teaser> items = readSide.bySource(source.id(), pager.offset(), pageSize);
        pager = checkPage(new Pager(pager.base(), pager.page(), pageSize, items.total()));
        render(ctx, "list.jte", new ListPage(source.name(), source.name(), "مصدر", items.items(), pager,
                "لا مقالات من هذا المصدر بعد.", source.siteUrl(), Links.feedSource(source.id())));
    }

    void search(Context ctx) {
        String query = Params.text(ctx, "q", Params.MAX_QUERY_CHARS);
        SearchRequest request = SearchParams.read(ctx, query, readSide);
        Pager pager = pager(ctx, Links.searchFor(request));
        if (query == null) {
            render(ctx, "search.jte", new SearchPage(request, readSide.sources(), List.of(), pager));
            return;
        }
        Page<Found> found = readSide.search(request, pager.offset(), pageSize);
        pager = checkPage(new Pager(pager.base(), pager.page(), pageSize, found.total()));
        render(ctx, "search.jte", new SearchPage(request, readSide.sources(), found.items(), pager));
    }

    /** Renders the error page for {@code status}; used by the server's exception handling. */
    public String errorHtml(int status, String detail) {
        return templates.render("error.jte", Map.of("ui", ui, "page", ErrorPage.forStatus(status, detail)));
    }

    private Pager pager(Context ctx, String base) {
        return new Pager(base, Params.page(ctx), pageSize, 0);
    }

    /** A page number past the end of the list is a page that does not exist. */
    private static Pager checkPage(Pager pager) {
        if (pager.beyondEnd()) {
            throw new NotFoundResponse("no such page");
        }
        return pager;
    }

    private void render(Context ctx, String template, Object page) {
        render(ctx, template, "page", page);
    }

    private void render(Context ctx, String template, String name, Object model) {
        ctx.html(templates.render(template, Map.of("ui", ui, name, model)));
    }
}
