package org.khabar.bench;

import org.khabar.app.Backends;
import org.khabar.app.BulkImport;
import org.khabar.app.Khabar;
import org.khabar.app.StageTimer;
import org.khabar.app.StageTimes;
import org.khabar.store.ArticleQuery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Imports a corpus through khabar's whole ingest path (parse, analyze, tag, store, index) on one thread,
 * then the plain Lucene baseline on the same file, and reports both rates and their ratio; then times
 * similar-list computation (live) and the cached page-time lookup.
 */
public final class ImportBenchmark {
    private final Path corpus;
    private final int similarSamples;
    private final PrintStream out;

    public ImportBenchmark(Path corpus, int similarSamples, PrintStream out) {
        this.corpus = corpus;
        this.similarSamples = similarSamples;
        this.out = out;
    }

    public void run() throws Exception {
        Path work = Files.createTempDirectory("khabar-bench-");
        try {
            long t0 = System.nanoTime();
            long c0 = threadCpuNanos();
            BulkImport.Summary summary;
            double khabarRate;
            double khabarCpu;
            long peakAfterImport;
            try (Khabar khabar = Backends.openEmbedded(work.resolve("data"))) {
                StageTimes stages = new StageTimes();
                khabar.ingestor().timeStagesWith(stages);
                summary = new BulkImport(khabar).run(List.of(corpus), Optional.empty(), line -> { }, n -> { });
                double secs = (System.nanoTime() - t0) / 1e9;
                khabarCpu = (threadCpuNanos() - c0) / 1e9;
                khabarRate = summary.imported() / secs;
                peakAfterImport = PeakMemory.peakRssMiB();
                out.printf(Locale.ROOT, "khabar import: %s in %.1f s = %.0f articles/s (peak RSS %d MiB)%n",
                        summary.line(), secs, khabarRate, peakAfterImport);
                printStages(stages, summary.imported(), khabarCpu);
                timeSimilar(khabar);
            }
            long b0 = System.nanoTime();
            long bc0 = threadCpuNanos();
            long baselineDocs = LuceneBaselineImport.run(corpus, work.resolve("baseline"));
            double bsecs = (System.nanoTime() - b0) / 1e9;
            double baselineCpu = (threadCpuNanos() - bc0) / 1e9;
            double baselineRate = baselineDocs / bsecs;
            out.printf(Locale.ROOT, "lucene baseline (IndexWriter default config + ArabicAnalyzer, title+body): "
                    + "%d docs in %.1f s = %.0f docs/s%n", baselineDocs, bsecs, baselineRate);
            out.printf(Locale.ROOT, "ratio khabar/baseline: %.2fx%n", khabarRate / baselineRate);
            // CPU time of the one ingest thread: the same ratio, undisturbed by other load on the machine.
            out.printf(Locale.ROOT, "ingest-thread CPU: khabar %.1f s = %.0f articles per CPU-s, baseline %.1f s = %.0f "
                            + "docs per CPU-s, ratio %.2fx%n", khabarCpu, summary.imported() / khabarCpu, baselineCpu,
                    baselineDocs / baselineCpu, (summary.imported() / khabarCpu) / (baselineDocs / baselineCpu));
            out.printf(Locale.ROOT, "peak RSS (whole run): %d MiB%n", PeakMemory.peakRssMiB());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Ingest-thread CPU per stored article by stage ({@link StageTimer.Stage}); "rest" is reading and parsing the
     * file, transactions, commits and flushes. Timing costs two clock reads per stage and article.
     */
    private void printStages(StageTimes stages, long articles, double cpuSeconds) {
        double total = cpuSeconds * 1e3 / Math.max(1, articles);
        double timed = 0;
        StringBuilder line = new StringBuilder("ingest-thread CPU per article by stage (ms, share):");
        for (StageTimer.Stage stage : StageTimer.Stage.values()) {
            double ms = stages.totals(stage).cpuNanos() / 1e6 / Math.max(1, articles);
            timed += ms;
            line.append(String.format(Locale.ROOT, " %s %.3f (%.0f%%),", stage.name().toLowerCase(Locale.ROOT), ms,
                    100 * ms / total));
        }
        line.append(String.format(Locale.ROOT, " rest %.3f (%.0f%%); total %.3f", total - timed,
                100 * (total - timed) / total, total));
        out.println(line);
    }

    private void timeSimilar(Khabar khabar) {
        List<Long> ids = new ArrayList<>();
        long total = khabar.store().list(ArticleQuery.latest(0, 0)).total();
        Random random = new Random(42);
        List<Long> all = new ArrayList<>();
        long last = 0;
        for (var batch = khabar.store().batchAfter(last, 1000); !batch.isEmpty();
             batch = khabar.store().batchAfter(last, 1000)) {
            for (var a : batch) if (a.isCanonical()) all.add(a.id());
            last = batch.get(batch.size() - 1).id();
        }
        Collections.shuffle(all, random);
        ids.addAll(all.subList(0, (int) Math.min(similarSamples, total)));
        long[] live = new long[ids.size()];
        long[] cached = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long s = System.nanoTime();
            khabar.refreshRelated(ids.get(i), false);
            live[i] = System.nanoTime() - s;
        }
        for (int i = 0; i < ids.size(); i++) {
            long s = System.nanoTime();
            khabar.article(ids.get(i));
            cached[i] = System.nanoTime() - s;
        }
        out.printf(Locale.ROOT, "similar list, live (%d lists): p50 %.2f ms, p99 %.2f ms%n", ids.size(),
                pct(live, 50), pct(live, 99));
        out.printf(Locale.ROOT, "article view from cache (%d views): p50 %.2f ms, p99 %.2f ms%n", ids.size(),
                pct(cached, 50), pct(cached, 99));
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double pct(long[] nanos, int p) {
        if (nanos.length == 0) return 0;
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1e6;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
