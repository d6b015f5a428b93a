package org.khabar.ingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.khabar.ingest.crawl.CrawlPolicy;
import org.khabar.ingest.crawl.Crawler;
import org.khabar.ingest.crawl.NewItem;
import org.khabar.ingest.fetch.AddressPolicy;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.app.BackendSpec;
import org.khabar.app.SelectedBackends;
import org.khabar.store.WorkLeases;
import org.khabar.store.jdbc.JdbcFeedStateStore;
import org.khabar.store.sqlite.SqliteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar crawl}: polls every configured feed once and prints what is new (one JSON line per item with
 * {@code --json}). Until the lead wires the crawler into the import pipeline, this is the stand-alone way to run it.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Poll every configured feed once.")
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--outlets", description = "Outlet config JSON (default: the built-in list of Arabic outlets).")
    Path outlets;

    @Option(names = "--state", description = "SQLite file for crawl state (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/feed-state.db")
    Path state;

    @Option(names = "--store", paramLabel = "SPEC",
            description = "Keep crawl state in a store instead (sqlite:DIR or postgresql://host:port/db, shared and"
                    + " leased between workers).")
    String store;

    @Option(names = "--json", description = "Print each new item as a JSON line.")
    boolean json;

    @Option(names = "--allow-loopback", description = "Allow feeds on 127.0.0.1/localhost (testing).")
    boolean allowLoopback;

    @Override
    public Integer call() throws Exception {
        OutletRegistry registry = outlets == null ? OutletRegistry.defaults() : OutletRegistry.load(outlets);
        FetchConfig cfg = FetchConfig.defaults();
        if (allowLoopback) cfg = cfg.withAddressPolicy(AddressPolicy.allowLoopback());
        var mapper = ParseFeedCommand.json();
        AtomicInteger n = new AtomicInteger();
        try (SelectedBackends.FeedStateHandle feeds = openState();
             Crawler crawler = new Crawler(registry, new Fetcher(cfg), feeds.store(), (NewItem item) -> {
                 n.incrementAndGet();
                 if (json) System.out.println(mapper.writer().without(
                         com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(item));
             }, CrawlPolicy.defaults(), Clock.systemUTC(), feeds.leases(),
                     "crawl:" + ProcessHandle.current().pid(), java.time.Duration.ofMinutes(2))) {
            List<Crawler.PollResult> results = crawler.crawlAll();
            for (Crawler.PollResult r : results) {
                System.err.printf("%-13s %4d new  %s%s%n", r.status(), r.newItems(), r.feedUrl(),
                        r.error() == null ? "" : "  — " + r.error());
            }
            System.err.printf("%d feeds, %d new items%n", results.size(), n.get());
        }
        return 0;
    }

    private SelectedBackends.FeedStateHandle openState() throws java.io.IOException {
        if (store != null) return SelectedBackends.openFeedState(BackendSpec.store(store), System.getenv());
        if (state.getParent() != null) Files.createDirectories(state.getParent());
        SqliteDatabase file = SqliteDatabase.openFile(state);
        return new SelectedBackends.FeedStateHandle(new JdbcFeedStateStore(file), WorkLeases.UNSHARED, file);
    }
}
