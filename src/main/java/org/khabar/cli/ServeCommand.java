package org.khabar.cli;

import org.khabar.app.SelectedBackends;
import org.khabar.app.BulkImport;
import org.khabar.app.Retagger;
import org.khabar.app.TagDrift;
import org.khabar.app.IndexSync;
import org.khabar.app.Khabar;
import org.khabar.app.RelatedRefresher;
import org.khabar.app.FeedIngest;
import org.khabar.extract.ArticleExtractor;
import org.khabar.ingest.crawl.CrawlPolicy;
import org.khabar.ingest.crawl.Crawler;
import org.khabar.ingest.fetch.AddressPolicy;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.AdminToken;
import org.khabar.app.TagEditor;
import org.khabar.app.Takedowns;
import org.khabar.serve.admin.TagAdminRoutes;
import org.khabar.serve.admin.TakedownRoutes;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.serve.admin.OutletAdminRoutes;
import org.khabar.store.FeedStateStore;
import org.khabar.serve.WebConfig;
import org.khabar.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the portal and the JSON API on the data folder; optionally imports files "
                + "in the background (imported articles appear without a restart).")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 to serve other machines)")
    String host;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The portal's address as readers reach it (https://news.example behind a proxy), for the links"
                    + " of feeds and sitemaps; default: the address each request came to")
    String publicUrl;

    @Option(names = "--import", paramLabel = "FILE", arity = "1..*", description = "Files to import in the background")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--no-crawl", description = "Do not poll the outlets' feeds")
    boolean noCrawl;

    @Option(names = "--outlets", paramLabel = "FILE",
            description = "Outlet registry (JSON); default: the built-in list of major Arabic outlets")
    Path outletsFile;

    @Option(names = "--allow-private-feeds", description = "Allow feed URLs on loopback/private addresses (testing)")
    boolean allowPrivateFeeds;

    @Option(names = "--lease-seconds", defaultValue = "120",
            description = "How long a feed poll lease lasts when its worker dies without releasing it"
                    + " (default ${DEFAULT-VALUE})")
    long leaseSeconds;

    @Option(names = "--crawl-tick-ms", defaultValue = "30000", hidden = true,
            description = "How often due feeds are looked for (tests use a short tick)")
    long crawlTickMillis;

    /** Names this process in the lease table: host and pid, so an operator can tell who holds a feed. */
    private static String workerId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** How often new articles are made durable and searchable while serving. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(2);
    /** How often the portal checks whether IDF has drifted far under the stored tags ({@link TagDrift}). */
    private static final Duration DRIFT_CHECK_EVERY = Duration.ofMinutes(10);

    @Override
    public Integer call() throws Exception {
        WebConfig web0;
        try {
            web0 = WebConfig.defaults().withHost(host).withPort(port).withPublicUrl(publicUrl);
        } catch (IllegalArgumentException e) {
            System.err.println("khabar: " + e.getMessage());
            return 2;
        }
        DataOption.Held lock = data.lock("khabar serve on " + host + ":" + port);
        Khabar khabar = data.open();
        long caughtUp;
        try (Progress progress = new Progress("index catch-up", -1, System.err)) {
            caughtUp = new IndexSync(khabar.store(), khabar.index()).reconcile(progress::step);
        }
        if (caughtUp > 0) System.err.println("khabar: indexed " + caughtUp + " articles missing from the index");

        int retired = khabar.adoptListRules();
        if (retired > 0) {
            System.err.println("khabar: " + retired + " similar lists were made under earlier list rules;"
                    + " recomputing them in the background (pages show the old ones until then)");
        }
        RelatedRefresher refresher = new RelatedRefresher(khabar, Duration.ofSeconds(2));
        ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "khabar-background");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(khabar::commit, COMMIT_EVERY.toMillis(), COMMIT_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        // its own thread: a retag of a large store takes minutes, and must not hold up the commits or an import
        ScheduledExecutorService retags = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "khabar-retag");
            t.setDaemon(true);
            return t;
        });
        Retagger retagger = new Retagger(khabar);
        Runnable retagIfDrifted = () -> retagIfDrifted(retagger);
        retags.scheduleWithFixedDelay(retagIfDrifted, 0, DRIFT_CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        if (!imports.isEmpty()) {
            background.execute(() -> {
                BulkImport.Summary s = new BulkImport(khabar).run(imports, Optional.empty(), System.err::println,
                        n -> { });
                System.err.println("khabar: background import done: " + s.line());
                retags.execute(retagIfDrifted);
            });
        }

        OutletRegistry outlets = outletsFile == null ? OutletRegistry.defaults() : OutletRegistry.load(outletsFile);
        SelectedBackends.FeedStateHandle feeds = SelectedBackends.openFeedState(data.storeSpec(), System.getenv());
        FeedStateStore feedState = feeds.store();
        Crawler crawler = null;
        if (!noCrawl) {
            FetchConfig fetch = FetchConfig.defaults();
            if (allowPrivateFeeds) fetch = fetch.withAddressPolicy(AddressPolicy.allowLoopback());
            Fetcher fetcher = new Fetcher(fetch);
            crawler = new Crawler(outlets, fetcher, feedState,
                    new FeedIngest(khabar, fetcher, new ArticleExtractor(), outlets), CrawlPolicy.defaults(),
                    khabar.clock(), feeds.leases(), workerId(), Duration.ofSeconds(leaseSeconds));
            crawler.start(Duration.ofMillis(crawlTickMillis));
        }
        WebServer web = WebServer.start(khabar, web0
                .extraRoutes(List.of(app -> OutletAdminRoutes.register(app, outlets, feedState,
                        AdminToken.fromEnvironment(), outletsFile),
                        app -> TagAdminRoutes.register(app, new TagEditor(khabar), AdminToken.fromEnvironment()),
                        app -> TakedownRoutes.register(app, new Takedowns(khabar), AdminToken.fromEnvironment()))));
        Crawler runningCrawler = crawler;
        System.out.println("khabar: portal on http://" + host + ":" + web.port() + "/ (" + data.describe() + ")");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            if (runningCrawler != null) runningCrawler.close();
            refresher.close();
            background.shutdownNow();
            retagger.stop(); // not an interrupt: that would close the index's file channels mid-write
            retags.shutdown();
            try {
                background.awaitTermination(30, TimeUnit.SECONDS);
                retags.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            khabar.close();
            feeds.close();
            lock.close();
            stopped.countDown();
        }, "khabar-shutdown"));
        stopped.await();
        return 0;
    }

    /** Never throws: an exception would cancel the scheduled check for good. */
    private static void retagIfDrifted(Retagger retagger) {
        try {
            TagDrift drift = retagger.drift();
            if (!drift.isFar()) return;
            System.err.println("khabar: " + drift.describe() + "; recomputing every article's tags in the background");
            System.err.println("khabar: " + retagger.retagAll(n -> { }).describe());
        } catch (RuntimeException e) {
            System.err.println("khabar: background retag failed, will try again later: " + e);
        }
    }
}
