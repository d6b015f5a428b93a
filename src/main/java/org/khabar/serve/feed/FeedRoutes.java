package org.khabar.serve.feed;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.khabar.app.ReadSide;
import org.khabar.app.StorySummary;
import org.khabar.app.StoryView;
import org.khabar.app.Teaser;
import org.khabar.core.Source;
import org.khabar.serve.Links;
import org.khabar.serve.Origin;
import org.khabar.serve.Params;
import org.khabar.store.Page;

/**
 * Outgoing Atom feeds of the portal's lists: the top stories, the latest articles, a tag's and an outlet's. Like the
 * lists, they hold canonical articles only (a syndicated copy never appears twice). Article entries link the
 * article's page here and, as "via", the outlet's original; a story entry links its full coverage, is updated with
 * its newest report, and carries that report's headline.
 */
public final class FeedRoutes {
    /** Entries per feed: a day or two of a busy tag, what feed readers poll for. */
    public static final int ENTRIES = 30;
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    /** Feeds change with every ingested article; a couple of minutes' staleness is what readers expect. */
    static final int MAX_AGE_SECONDS = 120;

    private final ReadSide readSide;
    private final Clock clock;
    private final String publicUrl;

    /** {@code publicUrl}: the origin of the feeds' links, null for the address each request came to. */
    public FeedRoutes(ReadSide readSide, Clock clock, String publicUrl) {
        this.readSide = readSide;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public void register(Javalin app) {
        app.get(Links.feedStories(), this::stories);
        app.get(Links.feedStories() + "/{id}", this::story);
        app.get(Links.feedLatest(), this::latest);
        app.get(Links.feedTag("") + "<label>", this::tag);
        app.get(Links.feedSource("") + "{id}", this::source);
    }

    void stories(Context ctx) {
        String origin = origin(ctx);
        Page<StorySummary> top = readSide.topStories(0, ENTRIES);
        List<AtomFeed.Entry> entries = top.items().stream()
                .map(s -> new AtomFeed.Entry(s.lead().title(), origin + Links.story(s.id()), s.lead().url(),
                        s.lead().source().name(), s.firstPublished(), s.lastPublished()))
                .toList();
        Instant updated = top.items().stream().map(StorySummary::lastPublished).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(clock.instant());
        send(ctx, new AtomFeed("أهم القصص — خبر", origin + Links.feedStories(), origin + Links.home(), updated, entries));
    }

    /** One story's own reports, newest first: the feed of a reader who follows a developing story. */
    void story(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        StoryView view = (id.isEmpty() ? Optional.<StoryView>empty() : readSide.story(id.getAsLong()))
                .orElseThrow(() -> new NotFoundResponse("no such story"));
        if (view.id() != id.getAsLong()) {
            ctx.redirect(Links.feedStory(view.id()), HttpStatus.MOVED_PERMANENTLY); // merged into another story
            return;
        }
        List<Teaser> reports = view.outlets().stream().flatMap(o -> o.reports().stream()).map(StoryView.Report::article)
                .sorted(Comparator.comparing(Teaser::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed())
                .limit(ENTRIES).toList();
        respond(ctx, "التغطية الكاملة: " + view.headline().title() + " — خبر", Links.feedStory(view.id()),
                Links.story(view.id()), new Page<>(reports, reports.size()));
    }

    void latest(Context ctx) {
        respond(ctx, "آخر الأخبار — خبر", Links.feedLatest(), Links.latest(), readSide.latest(0, ENTRIES));
    }

    void tag(Context ctx) {
        String label = Params.checkedText("label", ctx.pathParam("label"), Params.MAX_LABEL_CHARS);
        if (label == null) throw new NotFoundResponse("no such tag");
        Page<Teaser> tagged = readSide.byTag(label, 0, ENTRIES);
        if (tagged.total() == 0) throw new NotFoundResponse("no such tag");
        respond(ctx, readSide.tagLabel(label) + " — خبر", Links.feedTag(label), Links.tag(label), tagged);
    }

    void source(Context ctx) {
        Source source = readSide.source(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such source"));
        respond(ctx, source.name() + " — خبر", Links.feedSource(source.id()), Links.source(source.id()),
                readSide.bySource(source.id(), 0, ENTRIES));
    }

    private void respond(Context ctx, String title, String feedPath, String pagePath, Page<Teaser> items) {
        String origin = origin(ctx);
        List<AtomFeed.Entry> entries = items.items().stream()
                .map(t -> new AtomFeed.Entry(t.title(), origin + Links.article(t.id()), t.url(), t.source().name(),
                        t.published()))
                .toList();
        Instant updated = items.items().stream().map(Teaser::published).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(clock.instant());
        send(ctx, new AtomFeed(title, origin + feedPath, origin + pagePath, updated, entries));
    }

    private static void send(Context ctx, AtomFeed feed) {
        String body = AtomWriter.write(feed);
        // readers poll: an unchanged feed costs them a 304 and no body
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body);
    }

    private static String etag(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return "\"" + Long.toHexString(crc.getValue()) + Integer.toHexString(body.length()) + "\"";
    }

    /** Feed readers need absolute links. */
    private String origin(Context ctx) {
        return Origin.of(ctx, publicUrl);
    }
}
