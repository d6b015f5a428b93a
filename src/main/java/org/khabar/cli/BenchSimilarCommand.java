package org.khabar.cli;

import org.khabar.bench.SimilarScaleBenchmark;
import org.khabar.bench.SyntheticNews;
import org.khabar.eval.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Scale benchmark: grows a data folder through khabar's ingest path with synthetic articles "
                + "recombined from ANT and SaudiNewsNet paragraphs, reports dedup and clustering cost per article, "
                + "and times similar lists (live, vs plain Lucene MoreLikeThis; and the cached page lookup) and "
                + "peak RSS at each size. By hand, not in CI.")
public final class BenchSimilarCommand implements Callable<Integer> {
    @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
            description = "Corpus sizes, grown in one folder (default: ${DEFAULT-VALUE})")
    int[] sizes = {31_500};

    @Option(names = "--queries", defaultValue = "2000", description = "Sampled queries per size (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the data (kept; a re-run continues from what it holds). Default: a new temporary folder")
    Path work;

    @Option(names = "--shared", paramLabel = "DIR", description = "Shared data folder (default: found like the evaluations)")
    Path shared;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? work : java.nio.file.Files.createTempDirectory("khabar-bench-similar-");
        SyntheticNews generator = SyntheticNews.fromShared(seed, shared != null ? shared : SharedData.root());
        new SimilarScaleBenchmark(generator, dir, queries, System.out).run(sizes);
        return 0;
    }
}
