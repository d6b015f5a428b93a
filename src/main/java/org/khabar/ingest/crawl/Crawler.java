package org.khabar.ingest.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Objects;
import org.khabar.core.Article;
import org.khabar.ingest.PlainText;
import org.khabar.ingest.feed.FeedParseException;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.feed.HtmlSanitizer;
import org.khabar.ingest.feed.ItemIdentity;
import org.khabar.ingest.feed.ParsedFeed;
import org.khabar.ingest.feed.SitemapReader;
import org.khabar.ingest.fetch.FetchException;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.fetch.RateLimitedException;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.store.FeedStateStore;
import org.khabar.store.FeedStateStore.FeedState;
import org.khabar.store.WorkLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every configured feed when it is due, hands new items to an {@link ItemSink} and keeps each feed's
 * health. A failing feed (hostile, slow, broken) only affects its own health record; others keep being polled.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /** Below this many characters of text, a feed item is treated as a summary and the page must be extracted. */
    static final int FULL_TEXT_MIN_CHARS = 500;

    private final OutletRegistry outlets;
    private final Fetcher fetcher;
    private final FeedStateStore store;
    private final ItemSink sink;
    private final CrawlPolicy policy;
    private final Clock clock;
    private final ExecutorService workers;
    private final WorkLeases leases;
    private final String holder;
    private final Duration leaseTtl;
    private ScheduledExecutorService ticker;

    /** Result of polling one feed. */
    public record PollResult(String feedUrl, String status, int newItems, String error) {
    }

    public Crawler(OutletRegistry outlets, Fetcher fetcher, FeedStateStore store, ItemSink sink, CrawlPolicy policy,
                   Clock clock) {
        this(outlets, fetcher, store, sink, policy, clock, WorkLeases.UNSHARED, "local", Duration.ofMinutes(2));
    }

    /**
     * A crawler that shares its feeds with other workers: a feed is polled only under its lease (held by
     * {@code holder} for at most {@code leaseTtl}, so a dead worker's feeds come back after that time).
     */
    public Crawler(OutletRegistry outlets, Fetcher fetcher, FeedStateStore store, ItemSink sink, CrawlPolicy policy,
                   Clock clock, WorkLeases leases, String holder, Duration leaseTtl) {
        this.leases = leases;
        this.holder = holder;
        this.leaseTtl = leaseTtl;
        this.outlets = outlets;
        this.fetcher = fetcher;
        this.store = store;
        this.sink = sink;
        this.policy = policy;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(policy.threads(), r -> {
            Thread t = new Thread(r, "khabar-crawl");
            t.setDaemon(true);
            return t;
        });
    }

    /** Polls every feed once regardless of schedule ({@code khabar crawl}). */
    public List<PollResult> crawlAll() {
        return run(false);
    }

    /** Polls the feeds whose next poll time has come. */
    public List<PollResult> crawlDue() {
        return run(true);
    }

    /** Runs {@link #crawlDue()} every {@code tick} in the background until {@link #close()}. */
    public synchronized void start(Duration tick) {
        if (ticker != null) return;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "khabar-crawl-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                crawlDue();
            } catch (RuntimeException e) {
                LOG.warn("crawl round failed: {}", e.toString());
            }
        }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<PollResult> run(boolean onlyDue) {
        Instant now = clock.instant();
        List<Future<PollResult>> futures = new ArrayList<>();
        for (Outlet o : outlets.list()) {
            for (Outlet.FeedSource f : o.feeds()) {
                FeedState st = store.load(f.url()).orElse(FeedState.initial(f.url(), o.id()));
                if (onlyDue && st.nextPoll() != null && st.nextPoll().isAfter(now)) continue;
                futures.add(workers.submit(() -> pollLeased(o, f, onlyDue)));
            }
        }
        List<PollResult> results = new ArrayList<>();
        for (Future<PollResult> fu : futures) {
            try {
                PollResult r = fu.get();
                if (r != null) results.add(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("poll crashed", e.getCause()); // poll() catches everything; this is a bug
            }
        }
        return Collections.unmodifiableList(results);
    }

    /** Polls a feed under its lease; null when another worker holds it or has polled it since it was due. */
    private PollResult pollLeased(Outlet o, Outlet.FeedSource f, boolean onlyDue) {
        try {
            if (!leases.tryClaim(f.url(), holder, leaseTtl)) return null;
        } catch (RuntimeException e) {
            // The shared store is away (restarting): the feed stays due and is tried at the next tick.
            LOG.warn("cannot take the lease of {}: {}", f.url(), e.toString());
            return null;
        }
        try {
            if (onlyDue) {
                FeedState st = store.load(f.url()).orElse(null);
                if (st != null && st.nextPoll() != null && st.nextPoll().isAfter(clock.instant())) return null;
            }
            return poll(o, f);
        } finally {
            try {
                leases.release(f.url(), holder);
            } catch (RuntimeException e) {
                LOG.warn("cannot release the lease of {} (it expires by itself): {}", f.url(), e.toString());
            }
        }
    }

    /** Fetches, parses and delivers one feed; never throws. */
    public PollResult poll(Outlet outlet, Outlet.FeedSource feed) {
        FeedState st = store.load(feed.url()).orElse(FeedState.initial(feed.url(), outlet.id()));
        Instant now = clock.instant();
        try {
            FetchResult r = fetcher.fetch(feed.url(), st.etag(), st.lastModified());
            if (r.notModified()) {
                save(st, outlet, st.etag(), st.lastModified(), now, "not-modified", null, st.itemsPerDay(), 0, 0);
                return new PollResult(feed.url(), "not-modified", 0, null);
            }
            ParsedFeed parsed = parse(feed, r);
            List<ParsedFeed.Entry> entries = new ArrayList<>(parsed.entries);
            if (parsed.bozo && looksTruncated(r.body()) && !entries.isEmpty()) {
                entries.remove(entries.size() - 1); // the last item of a cut-off document is likely incomplete
            }
            Collections.reverse(entries); // oldest first, so the pipeline sees them in publishing order
            int fresh = 0;
            for (ParsedFeed.Entry e : entries) {
                NewItem item = toItem(outlet, feed, e, r.finalUrl());
                if (item == null || store.isSeen(feed.url(), item.itemId())) continue;
                try {
                    sink.accept(item);
                } catch (Exception ex) {
                    // keep old validators so the next poll re-reads the feed and offers the rest again
                    String msg = "pipeline rejected " + item.article().url() + ": " + ex.getMessage();
                    save(st, outlet, st.etag(), st.lastModified(), now, "error", msg, st.itemsPerDay(),
                            st.failures() + 1, fresh);
                    return new PollResult(feed.url(), "error", fresh, msg);
                }
                store.markSeen(feed.url(), item.itemId(), now);
                fresh++;
            }
            double rate = itemsPerDay(parsed, st, fresh, now);
            String status = parsed.bozo ? "warning" : "ok";
            String warn = parsed.bozo ? parsed.bozoMessage : null;
            save(st, outlet, r.etag(), r.lastModified(), now, status, warn, rate, 0, fresh);
            return new PollResult(feed.url(), status, fresh, warn);
        } catch (RateLimitedException e) {
            return failure(st, outlet, now, "rate-limited", e.getMessage(), e.retryAfter());
        } catch (FetchException | FeedParseException e) {
            return failure(st, outlet, now, "error", e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.warn("feed {} failed unexpectedly", feed.url(), e);
            return failure(st, outlet, now, "error", "internal error: " + e, null);
        }
    }

    private ParsedFeed parse(Outlet.FeedSource feed, FetchResult r) throws FeedParseException, FetchException {
        if (!feed.kind().equals("sitemap")) {
            return FeedParser.parse(r.body(), r.contentType(), feed.encoding(), r.finalUrl());
        }
        SitemapReader.Result sm = SitemapReader.read(r.body(), r.contentType(), r.finalUrl());
        if (!sm.isIndex()) return sm.feed();
        ParsedFeed merged = new ParsedFeed();
        merged.version = "sitemap-index";
        for (String child : sm.childSitemaps().stream().limit(policy.maxSitemapChildren()).toList()) {
            FetchResult cr = fetcher.fetch(child);
            SitemapReader.Result c = SitemapReader.read(cr.body(), cr.contentType(), cr.finalUrl());
            if (!c.isIndex()) merged.entries.addAll(c.feed().entries);
        }
        return merged;
    }

    private PollResult failure(FeedState st, Outlet outlet, Instant now, String status, String msg,
                               Duration retryAfter) {
        int failures = st.failures() + 1;
        Duration wait = policy.backoff(st.itemsPerDay(), failures, retryAfter);
        store.save(new FeedState(st.feedUrl(), outlet.id(), st.etag(), st.lastModified(), now, status, msg,
                st.itemsPerDay(), now.plus(wait), failures, st.itemsTotal()));
        return new PollResult(st.feedUrl(), status, 0, msg);
    }

    private void save(FeedState st, Outlet outlet, String etag, String lastMod, Instant now, String status,
                      String error, double rate, int failures, int fresh) {
        Duration next = failures > 0 ? policy.backoff(rate, failures, null) : policy.intervalFor(rate);
        store.save(new FeedState(st.feedUrl(), outlet.id(), etag, lastMod, now, status, error, rate,
                now.plus(next), failures, st.itemsTotal() + fresh));
    }

    /** Publishing rate from the dates in the feed; else new items since the last poll, smoothed. */
    static double itemsPerDay(ParsedFeed parsed, FeedState st, int fresh, Instant now) {
        List<Instant> dates = new ArrayList<>();
        for (ParsedFeed.Entry e : parsed.entries) {
            Instant d = e.publishedParsed != null ? e.publishedParsed : e.updatedParsed;
            if (d != null && !d.isAfter(now.plus(Duration.ofDays(1)))) dates.add(d);
        }
        if (dates.size() >= 2) {
            Instant min = Collections.min(dates), max = Collections.max(dates);
            double days = Math.max(Duration.between(min, max).toSeconds() / 86_400.0, 1.0 / 24);
            return (dates.size() - 1) / days;
        }
        if (st.lastFetch() == null) return st.itemsPerDay();
        double days = Math.max(Duration.between(st.lastFetch(), now).toSeconds() / 86_400.0, 1.0 / 1440);
        double observed = fresh / days;
        return st.itemsPerDay() <= 0 ? observed : 0.7 * st.itemsPerDay() + 0.3 * observed;
    }

    private static boolean looksTruncated(byte[] body) {
        String tail = new String(body, Math.max(0, body.length - 64), Math.min(64, body.length),
                java.nio.charset.StandardCharsets.ISO_8859_1).strip();
        return !(tail.endsWith("</rss>") || tail.endsWith("</feed>") || tail.endsWith("RDF>") || tail.endsWith("}"));
    }

    /** Turns a feed entry into a draft article; null when it has no usable URL. */
    static NewItem toItem(Outlet outlet, Outlet.FeedSource feed, ParsedFeed.Entry e, String baseUrl) {
        String id = ItemIdentity.of(e);
        String link = e.link != null ? e.link : (e.guidIsLink ? e.guid : null);
        if (id == null || link == null) return null;
        String url = ItemIdentity.cleanUrl(link); // fetchable; ArticleCompleter turns it into the identity
        String html = e.bodyHtml();
        String summaryHtml = e.summary == null ? null : e.summary.value();
        boolean hasContent = !e.content.isEmpty();
        String bodyText = hasContent ? HtmlSanitizer.text(e.content.get(0).value()) : "";
        String summary = summaryHtml == null ? null : HtmlSanitizer.text(summaryHtml);
        boolean summaryOnly = bodyText.length() < FULL_TEXT_MIN_CHARS;
        if (!hasContent && summary != null && summary.length() >= FULL_TEXT_MIN_CHARS) {
            bodyText = summary; // some feeds put the whole article in <description>
            summaryOnly = false;
        }
        String title = e.title == null ? "" : e.title.type() != null && e.title.type().contains("html")
                ? HtmlSanitizer.text(e.title.value()) : e.title.value();
        // cleaned like an imported record (RecordMapper), so a crawled article equals the same article imported
        title = Objects.requireNonNullElse(PlainText.line(title), "");
        bodyText = PlainText.paragraphs(bodyText);
        summary = PlainText.paragraphs(summary);
        Instant published = e.publishedParsed != null ? e.publishedParsed : e.updatedParsed;
        String author = e.author == null ? null : PlainText.line(e.author.name());
        String category = e.tags.isEmpty() ? null : e.tags.get(0).term();
        Article a = Article.draft(url, outlet.id(), e.guid != null ? e.guid : e.id, title, published, author,
                summary, bodyText, category);
        return new NewItem(a, html, summaryOnly, feed.url(), id);
    }

    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        workers.shutdownNow();
    }
}
