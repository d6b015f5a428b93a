package org.khabar.dedup.eval;

import org.khabar.cli.Progress;
import org.khabar.dedup.CopyRule;
import org.khabar.dedup.DedupConfig;
import org.khabar.dedup.DuplicateDetector;
import org.khabar.dedup.DedupText;
import org.khabar.dedup.Shingles;
import org.khabar.dedup.SourceCredits;
import org.khabar.dedup.TemplateSlots;
import org.khabar.dedup.TextSource;
import org.khabar.store.FingerprintStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The SaudiNewsNet dedup evaluation: ingests the whole corpus through {@link DuplicateDetector} in publication
 * order, then scores the resulting groups against the exact-duplicate gold, the synthetic edits, the hard negatives
 * and the pairs judged by reading.
 */
public final class DedupEvaluation {

    /** @param fingerprintsOnly the detector without texts (no template-slot check): the baseline beside it */
    public record Options(DedupConfig config, long seed, int editSamples, int editMinWords, int precisionSample,
                          int hardNegativeLimit, int hardNegativeTopTerms, int hardNegativeMinShared,
                          boolean fingerprintsOnly) {
        public static Options defaults() {
            return new Options(DedupConfig.DEFAULT, 42L, 400, 50, 100, 2000, 15, 8, false);
        }
    }

    /** A flagged pair outside the gold, in sample order, with its judgment if any. */
    public record SampledPair(SnnArticle a, SnnArticle b, Boolean same) {
    }

    public record Report(int articles, int fingerprinted, double[] costWindowsMicros, long[] costWindowStarts,
                         double costMeanMicros, double costP99LastMicros,
                         int goldPairs, int goldPairsFound, int crossPairs, int crossPairsFound,
                         int sameSourcePairs, int sameSourcePairsFound,
                         int detectedGroups, Map<Integer, Integer> groupSizes, long flaggedPairs, long flaggedInGold, long flaggedNotInGold,
                         List<SampledPair> sample,
                         int editBase, Map<String, int[]> editHits,
                         int hardNegatives, int hardNegativesFlagged, int hardNegativesJudgedSame,
                         List<long[]> hardNegativeUnjudgedFlagged) {

        public int judged() {
            return (int) sample.stream().filter(p -> p.same() != null).count();
        }

        public int judgedSame() {
            return (int) sample.stream().filter(p -> Boolean.TRUE.equals(p.same())).count();
        }

        /** Precision over the judged sample of flagged pairs not in the gold. */
        public double sampledPrecision() {
            return judged() == 0 ? Double.NaN : (double) judgedSame() / judged();
        }

        /** Every gold pair found is a true copy; the rest are weighted by the judged precision. */
        public double estimatedPrecision() {
            if (flaggedPairs == 0) return Double.NaN;
            double p = judged() == 0 ? 0 : sampledPrecision();
            return (flaggedInGold + flaggedNotInGold * p) / flaggedPairs;
        }

        public double recall() { return ratio(goldPairsFound, goldPairs); }

        public double crossRecall() { return ratio(crossPairsFound, crossPairs); }

        public double editRecall(String kind) {
            int[] h = editHits.get(kind);
            return ratio(h[0], h[1]);
        }

        /** False positives among hard negatives not judged to be the same article. */
        public double hardNegativeFpRate() {
            return ratio(hardNegativesFlagged - hardNegativesJudgedSame, hardNegatives - hardNegativesJudgedSame);
        }

        private static double ratio(double a, double b) {
            return b == 0 ? Double.NaN : a / b;
        }

        public void print(PrintStream out) {
            out.printf("SaudiNewsNet dedup evaluation: %d articles, %d fingerprinted%n", articles, fingerprinted);
            out.printf("Recall (all pairs within each gold group): %d/%d = %.4f%n", goldPairsFound, goldPairs, recall());
            out.printf("  cross-source groups (wire copies):        %d/%d = %.4f%n", crossPairsFound, crossPairs,
                    crossRecall());
            out.printf("  same-source groups:                       %d/%d = %.4f%n", sameSourcePairsFound,
                    sameSourcePairs, ratio(sameSourcePairsFound, sameSourcePairs));
            out.printf("Detected groups: %d; flagged pairs: %d (in gold %d, not in gold %d)%n", detectedGroups,
                    flaggedPairs, flaggedInGold, flaggedNotInGold);
            out.println("  group size -> groups: " + groupSizes);
            out.printf("Judged precision (random sample of %d flagged pairs not in gold, read by hand): "
                    + "%d same / %d judged = %.4f; unjudged: %d%n", sample.size(), judgedSame(), judged(),
                    sampledPrecision(), sample.size() - judged());
            out.printf("Estimated precision over all flagged pairs: %.4f%n", estimatedPrecision());
            for (SampledPair p : sample) {
                if (p.same() == null) out.printf("  unjudged: %s\t%s%n", p.a().key(), p.b().key());
            }
            out.printf("Synthetic edits (%d real articles of >= 50 words, each edit applied once):%n", editBase);
            editHits.forEach((k, h) -> out.printf("  %-28s recall %d/%d = %.4f%n", k, h[0], h[1], ratio(h[0], h[1])));
            out.printf("Hard negatives (same outlet, >= 2 days apart, >= 8 of 15 top terms shared, not gold): %d pairs, flagged %d, "
                    + "judged same %d -> false-positive rate %.4f%n", hardNegatives, hardNegativesFlagged,
                    hardNegativesJudgedSame, hardNegativeFpRate());
            for (long[] p : hardNegativeUnjudgedFlagged) out.printf("  unjudged flagged hard negative: %d %d%n", p[0], p[1]);
            out.printf("Ingest cost per article (fingerprint + lookup + verify + store), mean over the 1000 articles "
                    + "ingested from corpus size N: thread CPU time (robust to a loaded machine) and wall time%n");
            for (int i = 0; i < costWindowStarts.length; i++) {
                out.printf("  N=%6d: cpu %.1f µs, wall %.1f µs%n", costWindowStarts[i], costWindowsMicros[2 * i],
                        costWindowsMicros[2 * i + 1]);
            }
            out.printf("  overall mean %.1f µs; p99 over the last 1000: %.1f µs%n", costMeanMicros, costP99LastMicros);
        }
    }

    private final SaudiNewsNet corpus;
    private final Options options;
    private final JudgedPairs judged;

    public DedupEvaluation(SaudiNewsNet corpus, Options options, JudgedPairs judged) {
        this.corpus = corpus;
        this.options = options;
        this.judged = judged;
    }

    /**
     * The template-slot check alone on every judged pair, each read as the same article or not: how many of each it
     * separates ({@code [same separated, same, different separated, different]}).
     */
    public int[] templateCheckOnJudgedPairs() {
        TemplateSlots slots = TemplateSlots.withDefaults();
        int[] out = new int[4];
        for (JudgedPairs.Judgment j : judged.all()) {
            SnnArticle a = corpus.byKey(j.a()), b = corpus.byKey(j.b());
            if (a == null || b == null) continue;
            boolean separated = slots.separate(DedupText.words(a.content()), DedupText.words(b.content())).isPresent();
            int at = j.same() ? 0 : 2;
            out[at + 1]++;
            if (separated) out[at]++;
        }
        return out;
    }

    /**
     * One line per judged pair with what a copy rule could read (label, Jaccard and containment of the shingles,
     * sizes, hours apart, same outlet, Jaccard of the opening 40 words), for designing rules against every judgment.
     */
    public void writeJudgedFeatures(Path out) throws IOException {
        try (PrintStream w = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            w.println("a\tb\tlabel\tjaccard\tcontainment\twordsA\twordsB\thours\tsameOutlet\tleadJaccard");
            for (JudgedPairs.Judgment j : judged.all()) {
                SnnArticle a = corpus.byKey(j.a()), b = corpus.byKey(j.b());
                if (a == null || b == null) continue;
                List<String> wa = DedupText.words(a.content()), wb = DedupText.words(b.content());
                int k = options.config().shingleSize();
                long[] sa = Shingles.of(wa, k), sb = Shingles.of(wb, k);
                double jac = Shingles.jaccard(sa, sb);
                double lead = Shingles.jaccard(Shingles.of(wa.subList(0, Math.min(40, wa.size())), k),
                        Shingles.of(wb.subList(0, Math.min(40, wb.size())), k));
                w.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%.3f\t%d\t%d\t%.1f\t%b\t%.3f%n", j.a(), j.b(),
                        j.same() ? "same" : "different", jac, CopyRule.containment(jac, sa.length, sb.length),
                        wa.size(), wb.size(), Math.abs(Duration.between(a.published(), b.published()).toMinutes()) / 60.0,
                        a.source().equals(b.source()), lead);
            }
        }
    }

    public Report run(FingerprintStore store, PrintStream log) {
        List<SnnArticle> articles = corpus.articles();
        DuplicateDetector detector = new DuplicateDetector(options.config(), SourceCredits.withDefaults(Map.of()), store,
                options.fingerprintsOnly() ? TextSource.NONE : id -> Optional.of(corpus.byId(id).content()));
        long[] nanos = new long[articles.size()];
        long[] cpuNanos = new long[articles.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Progress progress = new Progress("dedup ingest", articles.size(), log)) {
            for (int i = 0; i < articles.size(); i++) {
                SnnArticle a = articles.get(i);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                detector.ingest(a.id(), a.source(), a.published(), a.content());
                nanos[i] = System.nanoTime() - t0;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - c0;
                progress.step(1);
            }
        }
        Map<Long, Long> groupOf = store.atomically(s -> {
            Map<Long, Long> out = new HashMap<>();
            for (SnnArticle a : articles) s.groupOf(a.id()).ifPresent(g -> out.put(a.id(), g));
            return out;
        });
        Map<Long, List<Long>> groups = new TreeMap<>();
        groupOf.forEach((id, g) -> groups.computeIfAbsent(g, x -> new ArrayList<>()).add(id));
        groups.values().forEach(Collections::sort);

        Map<Integer, Integer> sizes = new TreeMap<>();
        groups.values().forEach(m -> sizes.merge(m.size(), 1, Integer::sum));

        // Gold
        Map<Long, Integer> goldOf = new HashMap<>();
        int goldPairs = 0, goldFound = 0, cross = 0, crossFound = 0, same = 0, sameFound = 0;
        List<List<String>> gold = corpus.goldGroups();
        for (int gi = 0; gi < gold.size(); gi++) {
            List<SnnArticle> members = gold.get(gi).stream().map(corpus::byKey).toList();
            for (SnnArticle m : members) goldOf.put(m.id(), gi);
            boolean isCross = members.stream().map(SnnArticle::source).distinct().count() > 1;
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    Long g1 = groupOf.get(members.get(x).id()), g2 = groupOf.get(members.get(y).id());
                    boolean found = g1 != null && g1.equals(g2);
                    goldPairs++;
                    if (found) goldFound++;
                    if (isCross) { cross++; if (found) crossFound++; }
                    else { same++; if (found) sameFound++; }
                }
            }
        }

        // Flagged pairs
        long flagged = 0, inGold = 0;
        List<long[]> notGold = new ArrayList<>();
        for (List<Long> members : groups.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    flagged++;
                    Integer g1 = goldOf.get(members.get(x)), g2 = goldOf.get(members.get(y));
                    if (g1 != null && g1.equals(g2)) inGold++;
                    else notGold.add(new long[]{members.get(x), members.get(y)});
                }
            }
        }
        // A stable random order: each pair's rank is a seeded hash of its two corpus ids, so a pair keeps its place
        // when a configuration change adds or removes other pairs, and earlier judgments stay in the sample.
        notGold.sort(java.util.Comparator.comparingLong(p -> sampleRank(corpus.byId(p[0]).key(), corpus.byId(p[1]).key())));
        List<SampledPair> sample = new ArrayList<>();
        for (long[] p : notGold.subList(0, Math.min(options.precisionSample(), notGold.size()))) {
            SnnArticle a = corpus.byId(p[0]), b = corpus.byId(p[1]);
            sample.add(new SampledPair(a, b, judged.isSame(a.key(), b.key()).orElse(null)));
        }

        // Synthetic edits, looked up read-only against the full corpus
        List<SnnArticle> pool = new ArrayList<>();
        for (SnnArticle a : articles) {
            if (a.content().strip().split("\\s+").length >= options.editMinWords()) pool.add(a);
        }
        Collections.shuffle(pool, new Random(options.seed()));
        List<SnnArticle> base = pool.subList(0, Math.min(options.editSamples(), pool.size()));
        Map<String, int[]> editHits = new java.util.LinkedHashMap<>();
        Random editRandom = new Random(options.seed());
        for (SyntheticEdits.Kind kind : SyntheticEdits.Kind.values()) {
            int[] h = new int[2];
            for (SnnArticle a : base) {
                SyntheticEdits.Edited e = SyntheticEdits.apply(kind, a.title(), a.content(), editRandom);
                Long originalGroup = groupOf.get(a.id());
                boolean hit = false;
                for (long m : detector.copiesOf(e.body())) {
                    if (m == a.id() || (originalGroup != null && originalGroup.equals(groupOf.get(m)))) hit = true;
                }
                h[1]++;
                if (hit) h[0]++;
            }
            editHits.put(kind.name().toLowerCase(Locale.ROOT), h);
        }

        // Hard negatives
        List<long[]> negatives = HardNegatives.find(articles, goldOf, options.hardNegativeTopTerms(),
                options.hardNegativeMinShared(), options.config().minWords(), options.hardNegativeLimit(),
                options.seed());
        int negFlagged = 0, negJudgedSame = 0;
        List<long[]> negUnjudged = new ArrayList<>();
        for (long[] p : negatives) {
            Long g1 = groupOf.get(p[0]), g2 = groupOf.get(p[1]);
            if (g1 == null || !g1.equals(g2)) continue;
            negFlagged++;
            Boolean s = judged.isSame(corpus.byId(p[0]).key(), corpus.byId(p[1]).key()).orElse(null);
            if (Boolean.TRUE.equals(s)) negJudgedSame++;
            else if (s == null) negUnjudged.add(p);
        }

        // Cost windows of 1000 articles
        long[] starts = {0, 5000, 10000, 15000, 20000, 25000, Math.max(0, articles.size() - 1000)};
        double[] windows = new double[starts.length * 2];
        for (int i = 0; i < starts.length; i++) {
            int from = (int) Math.min(starts[i], articles.size()), to = Math.min(articles.size(), from + 1000);
            windows[2 * i] = Arrays.stream(cpuNanos, from, to).average().orElse(0) / 1000.0;
            windows[2 * i + 1] = Arrays.stream(nanos, from, to).average().orElse(0) / 1000.0;
        }
        long[] last = Arrays.copyOfRange(nanos, Math.max(0, nanos.length - 1000), nanos.length);
        Arrays.sort(last);
        double p99 = last.length == 0 ? 0 : last[(int) Math.floor(last.length * 0.99)] / 1000.0;
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        int fingerprinted = (int) store.size();

        return new Report(articles.size(), fingerprinted, windows, starts, mean, p99,
                goldPairs, goldFound, cross, crossFound, same, sameFound,
                groups.size(), sizes, flagged, inGold, flagged - inGold, sample,
                base.size(), editHits, negatives.size(), negFlagged, negJudgedSame, negUnjudged);
    }

    private long sampleRank(String a, String b) {
        String k = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        long h = options.seed() * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < k.length(); i++) h = (h ^ k.charAt(i)) * 0x100000001B3L;
        return h ^ (h >>> 29);
    }

    /** Writes the sampled pairs (and unjudged flagged hard negatives) with their texts, for reading and judging. */
    public void dumpForJudging(Report report, Path file) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (SampledPair p : report.sample()) appendPair(sb, ++n, p.a(), p.b(), p.same());
        for (long[] p : report.hardNegativeUnjudgedFlagged()) {
            appendPair(sb, ++n, corpus.byId(p[0]), corpus.byId(p[1]), null);
        }
        sb.append("# estimated Jaccard of each pair is in the header line as J=\n");
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    private void appendPair(StringBuilder sb, int n, SnnArticle a, SnnArticle b, Boolean same) {
        org.khabar.dedup.Fingerprinter f = new org.khabar.dedup.Fingerprinter(options.config());
        org.khabar.dedup.Fingerprint fa = f.fingerprint(a.content()), fb = f.fingerprint(b.content());
        double j = fa == null || fb == null ? Double.NaN
                : org.khabar.dedup.MinHasher.similarity(fa.minhash(), fb.minhash());
        sb.append("=== ").append(n).append('\t').append(a.key()).append('\t').append(b.key())
                .append("\tjudged=").append(same).append(String.format(Locale.ROOT, "\tJ=%.2f", j))
                .append('\n');
        for (SnnArticle x : List.of(a, b)) {
            String body = x.content().replaceAll("\\s+", " ").strip();
            sb.append("--- ").append(x.source()).append(' ').append(x.published()).append(" | ").append(x.title())
                    .append(" | words=").append(body.split(" ").length).append('\n');
            sb.append("HEAD: ").append(body, 0, Math.min(500, body.length())).append('\n');
            sb.append("TAIL: ").append(body.substring(Math.max(0, body.length() - 300))).append('\n');
        }
    }
}
