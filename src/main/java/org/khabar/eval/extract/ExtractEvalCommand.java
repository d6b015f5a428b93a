package org.khabar.eval.extract;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code khabar eval extract scrapinghub|arabic|readability}: the extraction evaluations, figures on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Evaluate article extraction on the shared benchmarks.",
        subcommands = {ExtractEvalCommand.ScrapingHub.class, ExtractEvalCommand.Arabic.class,
                ExtractEvalCommand.Readability.class})
public final class ExtractEvalCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "scrapinghub", mixinStandardHelpOptions = true,
            description = "Token-shingle P/R/F1 (as evaluate.py) and pages/s, khabar beside readability4j.")
    static final class ScrapingHub implements Callable<Integer> {
        @Option(names = "--dir", description = "benchmark directory (default: shared peer dir)")
        Path dir;
        @Option(names = "--warmup", defaultValue = "1", description = "untimed rounds first (JIT warm-up)")
        int warmup;
        @Option(names = "--out", description = "write output/<extractor>.json here for evaluate.py")
        Path out;
        @Option(names = "--worst", defaultValue = "0", description = "list the N worst pages of khabar")
        int worst;

        @Override
        public Integer call() throws Exception {
            ScrapingHubBenchmark bench = new ScrapingHubBenchmark(dir == null ? ScrapingHubBenchmark.defaultDir() : dir);
            List<ScrapingHubBenchmark.Result> results = bench.run(warmup, System.err);
            System.out.printf(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s %9s %9s %9s%n", "extractor", "pages", "F1",
                    "prec", "recall", "acc", "parse ms", "extr ms", "pages/s");
            for (ScrapingHubBenchmark.Result r : results) {
                System.out.printf(Locale.ROOT, "%-14s %6d %6.3f %6.3f %6.3f %6.3f %9.0f %9.0f %9.1f%n", r.name(), r.pages(),
                        r.score().f1(), r.score().precision(), r.score().recall(), r.score().accuracy(),
                        r.parseNanos() / 1e6, r.extractNanos() / 1e6, r.pagesPerSecond());
            }
            double ratio = results.get(0).pagesPerSecond() / results.get(1).pagesPerSecond();
            System.out.printf(Locale.ROOT, "speed ratio khabar/readability4j (parse+extract): %.2f; extraction only: %.2f%n",
                    ratio, results.get(0).extractPagesPerSecond() / results.get(1).extractPagesPerSecond());
            if (worst > 0) {
                for (Map.Entry<String, Double> e : ScrapingHubBenchmark.worst(results.get(0), worst)) {
                    System.out.printf(Locale.ROOT, "  worst %.3f %s (readability4j %.3f)%n", e.getValue(), e.getKey(),
                            results.get(1).pageF1().get(e.getKey()));
                }
            }
            if (out != null) ScrapingHubBenchmark.writeOutputs(out, results);
            return 0;
        }
    }

    @Command(name = "arabic", mixinStandardHelpOptions = true,
            description = "Publication date and language on the Arabic/Persian htmldate pages.")
    static final class Arabic implements Callable<Integer> {
        @Option(names = "--dir", description = "pages directory (default: shared data/arabic-html/htmldate)")
        Path dir;

        @Override
        public Integer call() throws Exception {
            ArabicPagesEval.Report r = new ArabicPagesEval(dir == null ? ArabicPagesEval.defaultDir() : dir).run();
            r.rows().forEach(row -> System.out.println(row.describe()));
            System.out.printf(Locale.ROOT, "arabic pages: date exact %d/%d, language %d/%d; persian pages: date %d/%d, language %d/%d%n",
                    r.dateOk("ar"), r.count("ar"), r.langOk("ar"), r.count("ar"),
                    r.dateOk("fa"), r.count("fa"), r.langOk("fa"), r.count("fa"));
            return 0;
        }
    }

    @Command(name = "readability", mixinStandardHelpOptions = true,
            description = "Title accuracy and text F1 against Mozilla Readability's expected output.")
    static final class Readability implements Callable<Integer> {
        @Option(names = "--dir", description = "test-pages directory (default: shared peer/readability/test-pages)")
        Path dir;
        @Option(names = "--list", description = "print each page's title match and F1")
        boolean list;

        @Override
        public Integer call() throws Exception {
            ReadabilityPagesEval.Report r = new ReadabilityPagesEval(
                    dir == null ? ReadabilityPagesEval.defaultDir() : dir).run();
            if (list) r.rows().forEach(row -> System.out.println(row.describe()));
            System.out.printf(Locale.ROOT, "readability test pages: %d; title exact %d (%.1f%%); text F1 %.3f (P %.3f R %.3f)%n",
                    r.pages(), r.titleExact(), 100.0 * r.titleExact() / r.pages(), r.score().f1(),
                    r.score().precision(), r.score().recall());
            return 0;
        }
    }
}
