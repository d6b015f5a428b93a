package org.khabar.store.sqlite;

import org.khabar.bench.SyntheticCorpus;
import org.khabar.core.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Insert cost of the SQLite store, single inserts and batches, and corpus-stats cost per article.
 * Run: ops/bench-store-index.sh store [articles]   (default 30000)
 */
public final class StoreBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        SyntheticCorpus corpus = new SyntheticCorpus(42, 60_000, 300);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) articles.add(corpus.article(i));
        Path dir = Files.createTempDirectory("khabar-store-bench");
        try {
            singleInserts(dir.resolve("single"), articles.subList(0, Math.min(n, 5_000)));
            for (int batch : new int[]{100, 500}) batchInserts(dir.resolve("batch" + batch), articles, batch);
            corpusStats(dir.resolve("stats"), corpus, articles);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void singleInserts(Path dir, List<Article> articles) {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteArticleStore store = new SqliteArticleStore(db);
            startCpu();
            long t0 = System.nanoTime();
            for (Article a : articles) store.insert(a);
            report("insert() one transaction each", articles.size(), System.nanoTime() - t0);
        }
    }

    private static void batchInserts(Path dir, List<Article> articles, int batch) {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteArticleStore store = new SqliteArticleStore(db);
            startCpu();
            long t0 = System.nanoTime();
            for (int i = 0; i < articles.size(); i += batch) {
                store.insertAll(articles.subList(i, Math.min(articles.size(), i + batch)));
            }
            report("insertAll() batches of " + batch, articles.size(), System.nanoTime() - t0);
        }
    }

    private static void corpusStats(Path dir, SyntheticCorpus corpus, List<Article> articles) {
        List<List<String>> keys = new ArrayList<>(articles.size());
        long totalKeys = 0;
        for (Article a : articles) {
            List<String> k = corpus.keys(a);
            keys.add(k);
            totalKeys += k.size();
        }
        System.out.printf("corpus stats: %.0f distinct keys per article on average%n", totalKeys / (double) articles.size());
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteCorpusStats stats = new SqliteCorpusStats(db);
            startCpu();
            long t0 = System.nanoTime();
            long lastNanos = t0;
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            int window = Math.max(1, articles.size() / 5);
            for (int i = 0; i < keys.size(); i++) {
                List<String> k = keys.get(i);
                // the analyzer asks for the frequencies of a few hundred candidate keys, then counts the article
                stats.documentFrequencies(k.subList(0, Math.min(300, k.size())));
                stats.addDocument(k);
                if ((i + 1) % window == 0) {
                    long now = System.nanoTime();
                    report("  df(300)+addDocument, docs " + (i + 1 - window) + ".." + (i + 1),
                            window, now - lastNanos);
                    lastNanos = now;
                }
            }
            stats.flush();
            cpuMark = cpuStart;
            report("df(300)+addDocument incl. flushes, whole run", keys.size(), System.nanoTime() - t0);
            // a second process starting on the filled database: every key is a cache miss
            SqliteCorpusStats cold = new SqliteCorpusStats(db);
            startCpu();
            long t1 = System.nanoTime();
            int probes = Math.min(2_000, keys.size());
            for (int i = 0; i < probes; i++) cold.documentFrequencies(keys.get(keys.size() - 1 - i).subList(0, 300));
            report("df(300) on a cold cache (fresh instance)", probes, System.nanoTime() - t1);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long cpuMark = THREADS.getCurrentThreadCpuTime();

    /** Marks the start of a timed section for the CPU column of the next {@link #report}. */
    static void startCpu() {
        cpuMark = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Wall time and this thread's CPU time (the machine is shared: CPU time is the cost, wall time includes waiting
     * for a core). SQLite runs in the calling thread (JNI), so its work is in the CPU figure.
     */
    static void report(String what, int count, long nanos) {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuMark;
        System.out.printf("%-66s %6d: wall %7.3f ms each (%6.0f/s), cpu %7.3f ms each (%6.0f/s)%n", what, count,
                nanos / 1e6 / count, count / (nanos / 1e9), cpu / 1e6 / count, count / (cpu / 1e9));
        startCpu();
    }
}
