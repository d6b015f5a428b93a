package org.khabar.ingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.eval.SharedData;
import org.khabar.ingest.crawl.eval.AntCrawlEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khabar eval ant-crawl}: crawl the ANT corpus served as loopback news sites and compare with its import. */
@Command(name = "ant-crawl", mixinStandardHelpOptions = true,
        description = "Serve the ANT corpus as per-outlet sites on loopback, crawl them, compare with the import path.")
public final class AntCrawlEvalCommand implements Callable<Integer> {

    @Option(names = "--ant", description = "ANT JSONL (default: <shared>/data/ant/ant-v2.1.jsonl.gz)")
    Path ant;

    @Option(names = "--work", description = "Directory for the crawl state (default: a temporary directory)")
    Path work;

    @Option(names = "--threads", defaultValue = "4", description = "Crawler threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--limit", description = "Crawl only the first N distinct URLs of the corpus (default: all)")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        Path file = ant != null ? ant : SharedData.root().resolve("data/ant/ant-v2.1.jsonl.gz");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("ANT corpus not found at " + file);
        Path dir = work != null ? work : Files.createTempDirectory("khabar-ant-crawl");
        AntCrawlEval.Result r = AntCrawlEval.run(file, dir, threads, limit);
        r.print(System.out);
        return r.urlsFound() == r.docs() ? 0 : 1;
    }
}
