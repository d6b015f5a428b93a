package org.khabar.ingest.crawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.cli.FeedparserEvalCommand;

/**
 * The ANT corpus served as loopback news sites and crawled in full must give the import's articles: every URL,
 * the same titles, the same bodies (extraction from boilerplate pages; figures in docs/benchmarks-feeds.md).
 */
@Tag("eval")
class AntCrawlEvalTest {

    @TempDir
    Path work;

    @Test
    void fullCrawlOfTheAntSitesYieldsTheImportedArticles() throws Exception {
        Path ant = FeedparserEvalCommand.sharedDir().resolve("data/ant/ant-v2.1.jsonl.gz");
        assertThat(ant).isRegularFile();
        AntCrawlEval.Result r = AntCrawlEval.run(ant, work, 4);
        r.print(System.out);
        assertThat(r.docs()).isEqualTo(30_338);
        assertThat(r.feedErrors()).isZero();
        assertThat(r.urlsFound()).isEqualTo(r.docs());
        assertThat(r.crawledCanonicalUrls()).isEqualTo(r.importCanonicalUrls());
        assertThat(r.titlesIdentical()).isEqualTo(r.docs());
        // floors just under the measured figures, so a regression fails the test
        assertThat(r.bodiesIdentical()).isGreaterThanOrEqualTo((int) (0.95 * r.docs()));
        assertThat(r.meanBodyTokenF1()).isGreaterThanOrEqualTo(0.985);
    }
}
