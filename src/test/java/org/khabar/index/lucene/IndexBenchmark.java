package org.khabar.index.lucene;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.khabar.bench.SyntheticCorpus;
import org.khabar.core.Article;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Indexing rate, search latency and MoreLikeThis latency of {@link LuceneIndex} on a synthetic corpus.
 * Latencies are the querying thread's CPU time (searches run in the calling thread): on a shared machine wall
 * time mostly measures waiting for a core; MoreLikeThis also reports wall time.
 * Run: ops/bench-store-index.sh index [articles]   (default 30000)
 */
public final class IndexBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        SyntheticCorpus corpus = new SyntheticCorpus(42, 60_000, 300);
        Path dir = Files.createTempDirectory("khabar-index-bench");
        try (LuceneIndex index = new LuceneIndex(dir, new ArabicAnalyzer())) {
            String[] titles = new String[n];
            Article[] articles = new Article[n];
            for (int i = 0; i < n; i++) {
                articles[i] = corpus.article(i).withId(i + 1);
                titles[i] = articles[i].title();
            }
            long t0 = System.nanoTime();
            long c0 = cpu();
            for (Article a : articles) index.index(a);
            index.commit();
            long nanos = System.nanoTime() - t0;
            long cpuNanos = cpu() - c0;
            System.out.printf("indexed %d articles (incl. commit): wall %.3f ms each (%.0f/s), indexing-thread cpu"
                            + " %.3f ms each (%.0f/s; merges run on other threads); index size %.1f MB%n",
                    n, nanos / 1e6 / n, n / (nanos / 1e9), cpuNanos / 1e6 / n, n / (cpuNanos / 1e9), size(dir) / 1e6);

            Random random = new Random(7);
            // warm up the JIT and the page cache, then measure
            for (int i = 0; i < 200; i++) index.moreLikeThis(1 + random.nextInt(n), 10, List.of());
            double[] mlt = new double[queries];
            double[] mltWall = new double[queries];
            int sameTopic = 0, found = 0;
            for (int q = 0; q < queries; q++) {
                int pick = random.nextInt(n);
                long s = System.nanoTime();
                long c = cpu();
                List<SearchHit> hits = index.moreLikeThis(pick + 1, 10, List.of());
                mlt[q] = (cpu() - c) / 1e6;
                mltWall[q] = (System.nanoTime() - s) / 1e6;
                if (!hits.isEmpty()) {
                    found++;
                    if (corpus.topicOf((int) hits.get(0).articleId() - 1) == corpus.topicOf(pick)) sameTopic++;
                }
            }
            report("moreLikeThis(limit 10) cpu", mlt);
            report("moreLikeThis(limit 10) wall", mltWall);
            System.out.printf("  top MLT hit in the same synthetic topic: %d of %d queries with hits%n", sameTopic, found);

            for (int words : new int[]{1, 3}) {
                double[] search = new double[queries];
                long total = 0;
                for (int q = 0; q < queries; q++) {
                    String[] t = titles[random.nextInt(n)].split(" ");
                    String text = String.join(" ", Arrays.copyOfRange(t, 0, Math.min(words, t.length)));
                    long c = cpu();
                    total += index.search(SearchQuery.text(text, 0, 10)).total();
                    search[q] = (cpu() - c) / 1e6;
                }
                report("search(" + words + " title word(s), 10 hits + snippets) cpu", search);
                System.out.printf("  mean total hits %.0f%n", total / (double) queries);
            }
            double[] listing = new double[queries];
            for (int q = 0; q < queries; q++) {
                long c = cpu();
                index.search(new SearchQuery("", null, "source" + random.nextInt(7), random.nextInt(50) * 10, 10));
                listing[q] = (cpu() - c) / 1e6;
            }
            report("search(blank text, source filter, newest first, page) cpu", listing);
            String big = (titles[0] + " ").repeat(10_240 / (titles[0].length() + 1) + 1);
            double[] bigQ = new double[50];
            for (int q = 0; q < bigQ.length; q++) {
                long c = cpu();
                index.search(SearchQuery.text(big, 0, 10));
                bigQ[q] = (cpu() - c) / 1e6;
            }
            report("search(10 KB text) cpu", bigQ);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-62s n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, ms.length,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1]);
    }
}
