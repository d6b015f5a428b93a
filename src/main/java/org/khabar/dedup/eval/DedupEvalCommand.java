package org.khabar.dedup.eval;

import org.khabar.dedup.DedupConfig;
import org.khabar.eval.SharedData;
import org.khabar.store.FingerprintStore;
import org.khabar.store.InMemoryFingerprintStore;
import org.khabar.store.sqlite.SqliteDatabase;
import org.khabar.store.jdbc.JdbcFingerprintStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code khabar eval dedup}: the SaudiNewsNet near-duplicate evaluation (issue #4, "Dedup"). */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Evaluate near-duplicate detection on SaudiNewsNet: gold recall (cross-source separately), "
                + "judged precision, synthetic edits, hard negatives, per-article ingest cost.")
public final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--data", description = "SaudiNewsNet directory (default: <shared>/data/saudinewsnet)")
    Path data;

    @Option(names = "--store", defaultValue = "memory", description = "memory or sqlite (default: ${DEFAULT-VALUE})")
    String store;

    @Option(names = "--sqlite-dir", description = "data folder for --store sqlite (default: a temp folder)")
    Path sqliteDir;

    @Option(names = "--judged", description = "judged pairs TSV (default: src/test/resources/org/khabar/dedup/judged-pairs.tsv)")
    Path judgedFile;

    @Option(names = "--dump", description = "write the sampled unjudged pairs with their texts to this file, for reading")
    Path dump;

    @Option(names = "--judged-features", description = "write one line of copy-rule features per judged pair to this TSV and stop")
    Path judgedFeatures;

    @Option(names = "--compare", description = "also compare MinHash and SimHash variants pair by pair")
    boolean compare;

    @Option(names = "--compare-only", description = "only the MinHash/SimHash comparison, no corpus ingest")
    boolean compareOnly;

    @Option(names = "--shingle", description = "words per shingle (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int shingle;

    @Option(names = "--min-jaccard", description = "copy threshold on estimated Jaccard (default: ${DEFAULT-VALUE})")
    double minJaccard = DedupConfig.DEFAULT.minJaccard();

    @Option(names = "--min-containment", description = "copy threshold on estimated containment (default: ${DEFAULT-VALUE})")
    double minContainment = DedupConfig.DEFAULT.minContainment();

    @Option(names = "--fingerprints-only", description = "decide on fingerprints alone, without the template-slot "
            + "check of the two texts (the previous detector, for a side-by-side run)")
    boolean fingerprintsOnly;

    @Option(names = "--seed", description = "sampling seed (default: ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : SharedData.saudiNewsNet();
        SaudiNewsNet corpus = SaudiNewsNet.load(dir);
        DedupEvaluation.Options defaults = DedupEvaluation.Options.defaults();
        DedupEvaluation.Options options = new DedupEvaluation.Options(
                DedupConfig.DEFAULT.withShingleSize(shingle)
                        .withThresholds(minJaccard, minContainment, DedupConfig.DEFAULT.minSizeRatio()), seed, defaults.editSamples(), defaults.editMinWords(),
                defaults.precisionSample(), defaults.hardNegativeLimit(), defaults.hardNegativeTopTerms(),
                defaults.hardNegativeMinShared(), fingerprintsOnly);
        if (compareOnly) {
            FingerprintComparison.run(corpus, options, System.out);
            return 0;
        }
        DedupEvaluation eval = new DedupEvaluation(corpus, options, JudgedPairs.locate(judgedFile));
        if (judgedFeatures != null) {
            eval.writeJudgedFeatures(judgedFeatures);
            return 0;
        }
        DedupEvaluation.Report report;
        switch (store) {
            case "memory" -> {
                try (FingerprintStore s = new InMemoryFingerprintStore()) {
                    report = eval.run(s, System.err);
                }
            }
            case "sqlite" -> {
                Path folder = sqliteDir != null ? sqliteDir : Files.createTempDirectory("khabar-dedup");
                try (SqliteDatabase db = SqliteDatabase.open(folder);
                     FingerprintStore s = new JdbcFingerprintStore(db)) {
                    report = eval.run(s, System.err);
                } finally {
                    if (sqliteDir == null) {
                        for (String name : new String[]{"", "-wal", "-shm"}) {
                            Files.deleteIfExists(folder.resolve(SqliteDatabase.FILE_NAME + name));
                        }
                        Files.deleteIfExists(folder);
                    }
                }
            }
            default -> throw new IllegalArgumentException("--store must be memory or sqlite, got " + store);
        }
        System.out.println("store: " + store + ", config: " + options.config());
        report.print(System.out);
        if (!fingerprintsOnly) {
            int[] t = eval.templateCheckOnJudgedPairs();
            System.out.printf("Template-slot check alone on every judged pair: separates %d of %d read as the same article,"
                    + " %d of %d read as different%n", t[0], t[1], t[2], t[3]);
        }
        if (dump != null) eval.dumpForJudging(report, dump);
        if (compare) FingerprintComparison.run(corpus, options, System.out);
        return 0;
    }
}
