package org.khabar.ingest.crawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.eval.SharedData;

/**
 * The ANT corpus served as loopback news sites and crawled in full must give the import's articles: every URL,
 * the same titles, the same bodies (extraction from boilerplate pages; figures in docs/benchmarks-feeds.md).
 *
 * <p>Bodies: some ANT records carry lines with no text of their own (a "read also" label whose links the corpus
 * stripped, a bare date line). The extractor drops such lines on pages, and the import drops them with the same
 * rules ({@code extract.StandaloneLines} via {@code ingest.PlainText}), so every body must come out identical.
 */
@Tag("eval")
class AntCrawlEvalTest {

    @TempDir
    Path work;

    @Test
    void fullCrawlOfTheAntSitesYieldsTheImportedArticles() throws Exception {
        Path ant = SharedData.root().resolve("data/ant/ant-v2.1.jsonl.gz");
        assertThat(ant).isRegularFile();
        AntCrawlEval.Result r = AntCrawlEval.run(ant, work, 4);
        r.print(System.out);
        assertThat(r.docs()).isEqualTo(30_338);
        assertThat(r.feedErrors()).isZero();
        assertThat(r.urlsFound()).isEqualTo(r.docs());
        assertThat(r.crawledCanonicalUrls()).isEqualTo(r.importCanonicalUrls());
        assertThat(r.titlesIdentical()).isEqualTo(r.docs());
        // Both paths drop lines that carry no text on their own (StandaloneLines), so every body is the same.
        assertThat(r.bodiesIdentical()).isEqualTo(r.docs());
        assertThat(r.meanBodyTokenF1()).isEqualTo(1.0);
    }
}
