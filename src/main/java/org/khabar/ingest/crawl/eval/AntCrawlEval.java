package org.khabar.ingest.crawl.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.khabar.core.Article;
import org.khabar.extract.ArticleExtractor;
import org.khabar.ingest.ImportFormat;
import org.khabar.ingest.ImportItem;
import org.khabar.ingest.ImportReader;
import org.khabar.ingest.crawl.ArticleCompleter;
import org.khabar.ingest.crawl.CrawlPolicy;
import org.khabar.ingest.crawl.Crawler;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.Outlet;
import org.khabar.ingest.outlet.OutletRegistry;
import org.khabar.store.sqlite.SqliteDatabase;
import org.khabar.store.jdbc.JdbcFeedStateStore;

/**
 * The ANT crawl evaluation: the corpus is served as per-outlet news sites ({@link AntSite}) on loopback, a full
 * crawl runs through the real {@link Crawler} (feeds → summary-only items → page fetch → extraction →
 * {@link ArticleCompleter}, the step that hands articles to the pipeline), and every crawled article is compared
 * with what {@code khabar import} makes of the same record: URL (canonical), title, body.
 */
public final class AntCrawlEval {

    /**
     * Measured outcome; {@code docs} is the number of distinct corpus URLs (the first record of each);
     * {@code missingLines} are the imported paragraphs that crawled bodies lack, all of them, in corpus order.
     */
    public record Result(int records, int docs, int importCanonicalUrls, int crawled, int urlsFound,
                         int crawledCanonicalUrls, int titlesIdentical, int bodiesIdentical, double meanBodyTokenF1,
                         Map<BodyDiff.Kind, Integer> bodyDiffs, List<String> missingLines, int feeds,
                         int feedErrors, List<String> examples, double seconds) {

        /** Differing bodies of one kind (see {@link BodyDiff}). */
        public int bodies(BodyDiff.Kind kind) {
            return bodyDiffs.getOrDefault(kind, 0);
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "ANT crawl eval: %d records, %d distinct URLs (%d canonical URLs on import)%n",
                    records, docs, importCanonicalUrls);
            out.printf(Locale.ROOT, "feeds crawled: %d (%d with errors); articles crawled: %d%n", feeds, feedErrors, crawled);
            out.printf(Locale.ROOT, "URLs found: %d/%d; distinct canonical URLs crawled: %d%n", urlsFound, docs,
                    crawledCanonicalUrls);
            out.printf(Locale.ROOT, "titles identical: %d/%d (%.2f%%)%n", titlesIdentical, docs, pct(titlesIdentical));
            out.printf(Locale.ROOT, "bodies identical: %d/%d (%.2f%%); mean body token F1 %.4f%n", bodiesIdentical,
                    docs, pct(bodiesIdentical), meanBodyTokenF1);
            if (bodiesIdentical < docs) out.println("bodies that differ, by kind: " + bodyDiffs);
            out.printf(Locale.ROOT, "time: %.1f s%n", seconds);
            for (String e : examples) out.println("  differs: " + e);
        }

        private double pct(int n) {
            return docs == 0 ? 0 : 100.0 * n / docs;
        }
    }

    private AntCrawlEval() {
    }

    public static Result run(Path antFile, Path workDir, int threads) throws Exception {
        return run(antFile, workDir, threads, Integer.MAX_VALUE);
    }

    /** @param limit crawl only the first {@code limit} distinct URLs (a quick run while working on the extractor) */
    public static Result run(Path antFile, Path workDir, int threads, int limit) throws Exception {
        long t0 = System.nanoTime();
        Corpus corpus = Corpus.read(antFile, limit);
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int i = 0; i < corpus.docs.size(); i++) {
            byOutlet.computeIfAbsent(corpus.expected.get(i).sourceId(), k -> new ArrayList<>()).add(i);
        }
        List<AntSite> sites = new ArrayList<>();
        List<Outlet> outlets = new ArrayList<>();
        Map<String, Integer> docIndexByDocno = new HashMap<>();
        try {
            int k = 2;
            for (var e : byOutlet.entrySet()) {
                List<AntSite.Doc> docs = e.getValue().stream().map(corpus.docs::get).toList();
                List<InetAddress> addresses = new ArrayList<>();
                for (int f = 0; f < AntSite.feedCount(docs.size()); f++) {
                    if (k > 254) throw new IllegalStateException("more feeds than loopback addresses");
                    addresses.add(InetAddress.getByName("127.0.0." + k++));
                }
                AntSite site = new AntSite(e.getKey(), docs, addresses);
                sites.add(site);
                outlets.add(new Outlet(e.getKey(), e.getKey(), "https://" + siteDomain(docs) + "/", "ar", null,
                        site.feedUrls().stream().map(Outlet.FeedSource::of).toList()));
            }
            for (int i = 0; i < corpus.docs.size(); i++) docIndexByDocno.put(corpus.docs.get(i).docno(), i);

            OutletRegistry registry = new OutletRegistry(outlets);
            Fetcher fetcher = new Fetcher(FetchConfig.forLoopbackTests().withDeadline(Duration.ofSeconds(20)));
            ArticleCompleter completer = new ArticleCompleter(fetcher, new ArticleExtractor());
            Map<String, Article> crawled = new ConcurrentHashMap<>();
            Files.createDirectories(workDir);
            int feedErrors = 0;
            int feeds = 0;
            // one shared connection (the application's single-writer database), not a connection per call
            try (SqliteDatabase db = SqliteDatabase.open(workDir);
                 JdbcFeedStateStore state = new JdbcFeedStateStore(db);
                 Crawler crawler = new Crawler(registry, fetcher, state, item -> {
                     Article a = completer.complete(item, registry.get(item.article().sourceId()).orElse(null));
                     crawled.put(a.externalId(), a);
                 }, new CrawlPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofMinutes(30),
                         Duration.ofHours(24), threads, 3), Clock.systemUTC())) {
                for (Crawler.PollResult r : crawler.crawlAll()) {
                    feeds++;
                    if (r.status().equals("error")) {
                        if (feedErrors++ == 0) System.err.println("first feed error: " + r.feedUrl() + ": " + r.error());
                    }
                }
            }
            return compare(corpus, crawled, feeds, feedErrors, (System.nanoTime() - t0) / 1e9);
        } finally {
            sites.forEach(AntSite::close);
        }
    }

    private static Result compare(Corpus corpus, Map<String, Article> crawled, int feeds, int feedErrors,
                                  double seconds) {
        int found = 0, titles = 0, bodies = 0;
        Map<BodyDiff.Kind, Integer> bodyDiffs = new java.util.EnumMap<>(BodyDiff.Kind.class);
        List<String> missingLines = new ArrayList<>();
        double f1Sum = 0;
        Set<String> crawledUrls = new HashSet<>();
        Set<String> importUrls = new HashSet<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < corpus.docs.size(); i++) {
            Article want = corpus.expected.get(i);
            importUrls.add(want.url());
            Article got = crawled.get(corpus.docs.get(i).docno());
            if (got == null) {
                if (examples.size() < 10) examples.add(corpus.docs.get(i).docno() + ": not crawled");
                continue;
            }
            crawledUrls.add(got.url());
            if (got.url().equals(want.url())) found++;
            else if (examples.size() < 10) examples.add(want.externalId() + ": url " + got.url() + " != " + want.url());
            if (got.title().equals(want.title())) titles++;
            else if (examples.size() < 10) examples.add(want.externalId() + ": title «" + got.title() + "» != «" + want.title() + "»");
            String wb = want.body() == null ? "" : want.body();
            String gb = got.body() == null ? "" : got.body();
            BodyDiff diff = BodyDiff.of(gb, wb);
            if (diff.kind() == BodyDiff.Kind.IDENTICAL) {
                bodies++;
            } else {
                bodyDiffs.merge(diff.kind(), 1, Integer::sum);
                missingLines.addAll(diff.missing());
                if (examples.size() < 10) examples.add(want.externalId() + ": body " + diff.describe(160));
            }
            f1Sum += tokenF1(gb, wb);
        }
        int n = corpus.docs.size();
        return new Result(corpus.records, n, importUrls.size(), crawled.size(), found, crawledUrls.size(), titles,
                bodies, n == 0 ? 0 : f1Sum / n, bodyDiffs, missingLines, feeds, feedErrors, examples, seconds);
    }

    /** Bag-of-tokens F1 (whitespace tokens), as the ScrapingHub evaluation counts. */
    static double tokenF1(String got, String want) {
        Map<String, Integer> w = counts(want);
        Map<String, Integer> g = counts(got);
        int wantTotal = w.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = g.values().stream().mapToInt(Integer::intValue).sum();
        if (wantTotal == 0 && gotTotal == 0) return 1;
        int common = 0;
        for (var e : g.entrySet()) common += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
        if (common == 0) return 0;
        double p = (double) common / gotTotal, r = (double) common / wantTotal;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : s.split("\\s+")) if (!t.isEmpty()) m.merge(t, 1, Integer::sum);
        return m;
    }

    /** The outlet's site: the registrable-looking domain (last two labels) most of its URLs use. */
    private static String siteDomain(List<AntSite.Doc> docs) {
        Map<String, Integer> hosts = new HashMap<>();
        for (AntSite.Doc d : docs) {
            try {
                String h = URI.create(d.rawUrl().strip().replace(" ", "%20")).getHost();
                if (h == null) continue;
                String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
                String domain = labels.length >= 2 ? labels[labels.length - 2] + "." + labels[labels.length - 1] : h;
                hosts.merge(domain, 1, Integer::sum);
            } catch (IllegalArgumentException e) {
                // an unparsable URL says nothing about the site
            }
        }
        return hosts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("example.org");
    }

    /** The corpus read twice in step: raw fields (what the sites serve) and the import's articles (expected). */
    static final class Corpus {
        final List<AntSite.Doc> docs = new ArrayList<>();
        final List<Article> expected = new ArrayList<>();
        int records;

        static Corpus read(Path antFile, int limit) throws IOException {
            Corpus c = new Corpus();
            ObjectMapper json = new ObjectMapper();
            Map<Long, Article> imported = new HashMap<>();
            try (ImportReader reader = ImportReader.open(antFile, Optional.of(ImportFormat.ANT_JSONL))) {
                while (reader.hasNext()) {
                    ImportItem item = reader.next();
                    if (item instanceof ImportItem.Parsed p) imported.put(p.line(), p.article());
                }
            }
            Set<String> seenUrls = new HashSet<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(antFile), 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                long lineNo = 0;
                while ((line = in.readLine()) != null && c.docs.size() < limit) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    c.records++;
                    Article a = imported.get(lineNo);
                    JsonNode n = json.readTree(line);
                    String url = text(n, "url");
                    if (a == null || url == null || !seenUrls.add(url)) continue; // the import keeps the first
                    c.docs.add(new AntSite.Doc(text(n, "docno"), url, text(n, "title"), text(n, "published"),
                            text(n, "abstract"), text(n, "text"), text(n, "author"), text(n, "category")));
                    c.expected.add(a);
                }
            }
            return c;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
