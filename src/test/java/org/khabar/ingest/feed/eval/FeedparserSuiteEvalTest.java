package org.khabar.ingest.feed.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.eval.SharedData;

/**
 * Evaluation: khabar's feed parser on feedparser's test suite. Prints the per-folder table of
 * docs/benchmarks-feeds.md. Run: {@code mvn test -Dgroups=eval -DexcludedGroups=none -Dtest=FeedparserSuiteEvalTest}
 */
@Tag("eval")
class FeedparserSuiteEvalTest {

    @Test
    void feedparserSuite() throws Exception {
        Path dir = SharedData.root().resolve("peer/feedparser/tests");
        assertThat(dir).isDirectory();
        FeedparserSuite suite = new FeedparserSuite(dir);
        Map<String, FeedparserSuite.Tally> t = suite.run();
        FeedparserSuite.printTable(t, System.out);
        int simple = t.values().stream().mapToInt(x -> x.simple).sum();
        int passed = t.values().stream().mapToInt(x -> x.simplePassed).sum();
        assertThat(simple).isGreaterThan(1500); // the whole suite was found
        // floor that guards against regressions (measured figure: docs/benchmarks-feeds.md)
        assertThat(passed * 100.0 / simple).isGreaterThanOrEqualTo(95.0);
    }
}
