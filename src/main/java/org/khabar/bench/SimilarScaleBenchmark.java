package org.khabar.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.app.Backends;
import org.khabar.app.IndexSync;
import org.khabar.app.Ingestor;
import org.khabar.app.Khabar;
import org.khabar.app.StageTimes;
import org.khabar.app.MltRelatedFinder;
import org.khabar.app.IngestOutcome;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.ingest.CorpusOutlets;
import org.khabar.store.ArticleQuery;
import org.khabar.store.RelatedCache.Related;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.khabar.app.StageTimer.Stage.CLUSTER;
import static org.khabar.app.StageTimer.Stage.DEDUP;

/**
 * {@code khabar bench similar}: grows one data folder through khabar's ingest path (tag, store, dedup, cluster,
 * index) with {@link SyntheticNews} articles up to each requested size, reporting the per-article cost of dedup
 * and clustering; then, at each size, times sampled similar lists: the portal's finder computed live
 * ({@link MltRelatedFinder}: more-like-this, then the editor's rules) against a plain Lucene MoreLikeThis (its
 * defaults, title and body) on the same index and the same queries, and the page-time lookups that read the
 * cached list. Sizes grow one folder, so 300k continues from 31.5k; a re-run with the same {@code --work}
 * continues where the last one stopped (the generator is deterministic per article index).
 */
public final class SimilarScaleBenchmark {
    private static final int BATCH = 200;
    private static final int COMMIT_EVERY = 5_000;
    private static final int WARM_UP = 200;
    /** Field names of khabar's Lucene documents (index.lucene.LuceneIndex.Fields). */
    private static final String ID_FIELD = "id";
    private static final String ID_SORT_FIELD = "id_sort";
    private static final String[] PLAIN_MLT_FIELDS = {"title", "body"};

    private final SyntheticNews generator;
    private final Path work;
    private final int queries;
    private final PrintStream out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public SimilarScaleBenchmark(SyntheticNews generator, Path work, int queries, PrintStream out) {
        if (queries < 1) throw new IllegalArgumentException("--queries must be >= 1");
        this.generator = generator;
        this.work = work;
        this.queries = queries;
        this.out = out;
    }

    /** One size's figures, all per article or per query, in milliseconds. */
    public record Row(long articles, long canonical, long ingested, double ingestMs, double ingestCpuMs,
                      double dedupMs, double dedupLastTenthMs, double clusterMs, double clusterLastTenthMs,
                      double dedupCpuMs, double clusterCpuMs, double dedupCpuLastTenthMs, double clusterCpuLastTenthMs,
                      Percentiles khabar,
                      Percentiles khabarCpu, Percentiles plainMlt, Percentiles plainMltCpu, Percentiles cacheLookup,
                      Percentiles pageView, double meanListSize, int timedQueries, long peakRssMiB) {
    }

    public record Percentiles(double p50, double p99) {
        static Percentiles of(long[] nanos) {
            return new Percentiles(ImportBenchmark.pct(nanos, 50), ImportBenchmark.pct(nanos, 99));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f / %.2f", p50, p99);
        }
    }

    public List<Row> run(int[] sizes) throws IOException {
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || sorted[0] < 1) throw new IllegalArgumentException("--articles must be >= 1");
        Files.createDirectories(work);
        out.printf(Locale.ROOT, "generator: %d distinct paragraphs in %d outlet/section pools; work folder %s%n",
                generator.paragraphCount(), generator.poolCount(), work);
        List<Row> rows = new ArrayList<>();
        try (Khabar khabar = Backends.openEmbedded(work.resolve("data"))) {
            // An interrupted earlier run may have stored articles after its last index commit: index them first.
            long caughtUp = new IndexSync(khabar.store(), khabar.index()).reconcile(x -> { });
            if (caughtUp > 0) out.printf(Locale.ROOT, "index caught up with the store: %d articles%n", caughtUp);
            Set<String> sources = new HashSet<>();
            khabar.store().sources().forEach(s -> sources.add(s.id()));
            for (int n : sorted) {
                long have = generated();
                if (have > n) {
                    out.printf(Locale.ROOT, "size %d skipped: %s already holds %d generated articles%n", n, work, have);
                    continue;
                }
                Row row = measure(khabar, sources, have, n);
                rows.add(row);
                printRow(row);
            }
        }
        return rows;
    }

    private Row measure(Khabar khabar, Set<String> sources, long from, int n) throws IOException {
        Ingestor ingestor = khabar.ingestor();
        StageTimes st = new StageTimes();
        ingestor.timeStagesWith(st);
        long lastTenthFrom = from + (n - from) * 9 / 10;
        StageTimes.Totals dedup9 = st.totals(DEDUP), cluster9 = st.totals(CLUSTER);
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long stored = 0;
        long sinceCommit = 0;
        long reportEvery = Math.max(10_000, (n - from) / 20);
        for (long i = from; i < n; ) {
            long end = Math.min(n, i + BATCH);
            long start = i;
            long added = ingestor.inOneBatch(() -> {
                long k = 0;
                for (long j = start; j < end; j++) {
                    Article a = generator.article(j);
                    if (sources.add(a.sourceId())) {
                        khabar.store().upsertSource(CorpusOutlets.source(a.sourceId())
                                .orElse(new Source(a.sourceId(), a.sourceId(), null)));
                    }
                    if (ingestor.ingest(a) == IngestOutcome.STORED) k++;
                }
                return k;
            });
            stored += added;
            sinceCommit += end - i;
            if (i < lastTenthFrom && end >= lastTenthFrom) {
                dedup9 = st.totals(DEDUP);
                cluster9 = st.totals(CLUSTER);
            }
            i = end;
            if (sinceCommit >= COMMIT_EVERY || i == n) {
                khabar.commit();
                Files.writeString(marker(), Long.toString(i));
                sinceCommit = 0;
            }
            if ((i - from) % reportEvery < BATCH && i < n) {
                double secs = (System.nanoTime() - wall0) / 1e9;
                out.printf(Locale.ROOT, "  ingested %d of %d (%.0f articles/s over this step, dedup %.3f + cluster "
                                + "%.3f ms/article so far, CPU %.3f + %.3f)%n", i, n, (i - from) / secs,
                        perArticle(st.totals(DEDUP).wallNanos(), st.totals(DEDUP).calls()),
                        perArticle(st.totals(CLUSTER).wallNanos(), st.totals(DEDUP).calls()),
                        perArticle(st.totals(DEDUP).cpuNanos(), st.totals(DEDUP).calls()),
                        perArticle(st.totals(CLUSTER).cpuNanos(), st.totals(DEDUP).calls()));
                out.flush();
            }
        }
        khabar.commit();
        double ingestMs = (System.nanoTime() - wall0) / 1e6 / Math.max(1, n - from);
        double ingestCpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / Math.max(1, n - from);
        long canonical = khabar.store().list(ArticleQuery.latest(0, 0)).total();
        out.printf(Locale.ROOT, "  size %d: %d new articles stored this step (%d generated before), %d canonical in "
                + "the store of %d (copies found by dedup: %d)%n", n, stored, from, canonical,
                khabar.store().countAll(), khabar.store().countAll() - canonical);

        List<Long> sample = sample(khabar, n);
        MltRelatedFinder finder = new MltRelatedFinder(khabar.store(), khabar.index(), khabar.clock());
        try (FSDirectory dir = FSDirectory.open(work.resolve("data").resolve("index"));
             DirectoryReader reader = DirectoryReader.open(dir);
             Analyzer analyzer = new KhabarAnalyzer()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int q = 0; q < Math.min(WARM_UP, sample.size()); q++) {
                finder.find(sample.get(q));
                plainMlt(searcher, reader, analyzer, sample.get(q));
            }
            int m = sample.size();
            long[] live = new long[m], liveCpu = new long[m], mlt = new long[m], mltCpu = new long[m];
            long listItems = 0;
            // Interleaved, so a burst of load from other processes hits both systems alike.
            for (int q = 0; q < m; q++) {
                long id = sample.get(q);
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Related related = finder.find(id);
                live[q] = System.nanoTime() - t;
                liveCpu[q] = threads.getCurrentThreadCpuTime() - c;
                listItems += related.similar().size();
                khabar.relatedCache().putRelated(id, related);
                c = threads.getCurrentThreadCpuTime();
                t = System.nanoTime();
                plainMlt(searcher, reader, analyzer, id);
                mlt[q] = System.nanoTime() - t;
                mltCpu[q] = threads.getCurrentThreadCpuTime() - c;
            }
            long[] lookup = new long[m], page = new long[m];
            for (int q = 0; q < m; q++) {
                long t = System.nanoTime();
                khabar.relatedFor(sample.get(q));
                lookup[q] = System.nanoTime() - t;
                t = System.nanoTime();
                khabar.article(sample.get(q));
                page[q] = System.nanoTime() - t;
            }
            StageTimes.Totals dedup = st.totals(DEDUP), cluster = st.totals(CLUSTER);
            StageTimes.Totals dedupLast = dedup.minus(dedup9), clusterLast = cluster.minus(cluster9);
            long dq = dedup.calls(), dq9 = dedupLast.calls();
            return new Row(n, canonical, n - from, ingestMs, ingestCpuMs, perArticle(dedup.wallNanos(), dq),
                    perArticle(dedupLast.wallNanos(), dq9), perArticle(cluster.wallNanos(), dq),
                    perArticle(clusterLast.wallNanos(), dq9), perArticle(dedup.cpuNanos(), dq),
                    perArticle(cluster.cpuNanos(), dq), perArticle(dedupLast.cpuNanos(), dq9),
                    perArticle(clusterLast.cpuNanos(), dq9), Percentiles.of(live), Percentiles.of(liveCpu),
                    Percentiles.of(mlt), Percentiles.of(mltCpu), Percentiles.of(lookup), Percentiles.of(page),
                    listItems / (double) m, m, PeakMemory.peakRssMiB());
        }
    }

    /** Canonical articles, sampled uniformly from the store with a fixed seed per size. */
    private List<Long> sample(Khabar khabar, int n) {
        long maxId = khabar.store().countAll();
        Random random = new Random(42L + n);
        Set<Long> chosen = new LinkedHashSet<>();
        for (int tries = 0; chosen.size() < queries && tries < queries * 20; tries++) {
            long id = 1 + (long) (random.nextDouble() * maxId);
            khabar.store().get(id).filter(Article::isCanonical).ifPresent(a -> chosen.add(a.id()));
        }
        if (chosen.isEmpty()) throw new IllegalStateException("no canonical article to query in " + work);
        return new ArrayList<>(chosen);
    }

    /** Lucene MoreLikeThis with its defaults over title and body, top 10 besides the article itself. */
    private static int plainMlt(IndexSearcher searcher, DirectoryReader reader, Analyzer analyzer, long articleId)
            throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(ID_FIELD, Long.toString(articleId))), 1);
        if (self.scoreDocs.length == 0) return 0;
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(PLAIN_MLT_FIELDS);
        Query like = mlt.like(self.scoreDocs[0].doc);
        int found = 0;
        // Like khabar's finder, it resolves its hits to article ids (from the same doc values): a list needs them.
        List<LeafReaderContext> leaves = reader.leaves();
        for (var sd : searcher.search(like, 11).scoreDocs) {
            if (sd.doc == self.scoreDocs[0].doc) continue;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues ids = leaf.reader().getNumericDocValues(ID_SORT_FIELD);
            if (ids != null && ids.advanceExact(sd.doc - leaf.docBase) && ids.longValue() > 0) found++;
        }
        return found;
    }

    private long generated() throws IOException {
        Path m = marker();
        if (!Files.exists(m)) return 0;
        try {
            return Long.parseLong(Files.readString(m).strip());
        } catch (NumberFormatException e) {
            throw new IOException("unreadable progress marker " + m + ": " + e.getMessage(), e);
        }
    }

    private Path marker() {
        return work.resolve("generated.txt");
    }

    private static double perArticle(long nanos, long articles) {
        return articles == 0 ? 0 : nanos / 1e6 / articles;
    }

    private void printRow(Row r) {
        out.printf(Locale.ROOT, "%n| articles | ingested this step | ingest ms/article (wall, CPU) | dedup ms/article "
                + "wall (all, last 10%%) CPU (all, last 10%%) | cluster ms/article wall (all, last 10%%) CPU (all, last "
                + "10%%) | khabar live p50 / p99 ms (CPU) | plain MLT p50 / p99 ms (CPU) | cached list p50 / p99 ms "
                + "| page view p50 / p99 ms | peak RSS MiB |%n");
        if (r.ingested() == 0) {
            out.printf(Locale.ROOT, "| %,d | 0 | — | — | — | %s (%s) | %s (%s) | %s | %s | %,d |%n", r.articles(),
                    r.khabar(), r.khabarCpu(), r.plainMlt(), r.plainMltCpu(), r.cacheLookup(), r.pageView(),
                    r.peakRssMiB());
        } else {
            out.printf(Locale.ROOT, "| %,d | %,d | %.2f, %.2f | %.3f, %.3f; %.3f, %.3f | %.3f, %.3f; %.3f, %.3f | %s (%s) "
                            + "| %s (%s) | %s | %s | %,d |%n", r.articles(), r.ingested(), r.ingestMs(), r.ingestCpuMs(),
                    r.dedupMs(), r.dedupLastTenthMs(), r.dedupCpuMs(), r.dedupCpuLastTenthMs(), r.clusterMs(),
                    r.clusterLastTenthMs(), r.clusterCpuMs(), r.clusterCpuLastTenthMs(), r.khabar(), r.khabarCpu(),
                    r.plainMlt(), r.plainMltCpu(), r.cacheLookup(), r.pageView(), r.peakRssMiB());
        }
        out.printf(Locale.ROOT, "  (%d timed queries after %d warm-up; %,d canonical articles; mean similar list "
                + "%.1f items)%n%n", r.timedQueries(), WARM_UP, r.canonical(), r.meanListSize());
        out.flush();
    }
}
