package org.khabar.ingest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.eval.SharedData;
import org.khabar.ingest.feed.eval.FeedparserSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khabar eval feedparser}: pass rates of khabar's feed parser on feedparser's test suite. */
@Command(name = "feedparser", mixinStandardHelpOptions = true,
        description = "Run feedparser's test suite (simple Expect forms) against khabar's feed parser.")
public final class FeedparserEvalCommand implements Callable<Integer> {

    @Option(names = "--tests", description = "feedparser tests dir (default: <shared>/peer/feedparser/tests)")
    Path tests;

    @Option(names = "--failures", description = "Write failing cases (expect/actual) to this file.")
    Path failures;

    @Override
    public Integer call() throws Exception {
        Path dir = tests != null ? tests : SharedData.root().resolve("peer/feedparser/tests");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("feedparser tests not found at " + dir);
        FeedparserSuite suite = new FeedparserSuite(dir);
        Map<String, FeedparserSuite.Tally> t = suite.run();
        FeedparserSuite.printTable(t, System.out);
        if (failures != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(failures), true, StandardCharsets.UTF_8)) {
                for (FeedparserSuite.Outcome o : suite.outcomes()) {
                    if (o.looseForm() && !o.passed()) {
                        out.println(o.file() + "\n  expect: " + o.expect() + "\n  actual: " + o.actual());
                    }
                }
            }
        }
        return 0;
    }
}
