package org.khabar.cli;

import org.khabar.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks, each side by side with a plain Lucene baseline in the same run.",
        subcommands = {BenchCommand.Import.class, org.khabar.eval.AnalyzeBench.class, BenchSimilarCommand.class,
                BenchCommand.SimilarIdentity.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Whole ingest path (parse, analyze, tag, store, index) on one thread vs one Lucene "
                    + "IndexWriter with ArabicAnalyzer; then similar-list timings and peak RSS.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--corpus", required = true, paramLabel = "FILE",
                description = "Corpus file, e.g. ../shared/data/ant/ant-v2.1.jsonl.gz")
        Path corpus;

        @Option(names = "--similar-samples", defaultValue = "500",
                description = "Articles whose similar list is timed (default ${DEFAULT-VALUE})")
        int samples;

        @Override
        public Integer call() throws Exception {
            new ImportBenchmark(corpus, samples, System.out).run();
            return 0;
        }
    }

    @Command(name = "similar-identity", mixinStandardHelpOptions = true,
            description = "Computes the similar lists of the first N canonical articles with all candidates read at "
                    + "once and in stages (the default), and counts the lists that differ (exit 1 if any).")
    static final class SimilarIdentity implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data;

        @Option(names = "--articles", defaultValue = "2000", description = "Articles compared (default ${DEFAULT-VALUE})")
        int articles;

        @Override
        public Integer call() throws Exception {
            try (DataOption.Held lock = data.lock("khabar bench similar-identity");
                 org.khabar.app.Khabar khabar = data.open()) {
                return new org.khabar.bench.StagedSimilarIdentity(System.out).run(khabar, articles).differing() == 0
                        ? 0 : 1;
            }
        }
    }
}
