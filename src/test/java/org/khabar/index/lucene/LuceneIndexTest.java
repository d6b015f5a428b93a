package org.khabar.index.lucene;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.index.SearchIndex;
import org.khabar.index.SearchIndexContract;
import org.khabar.index.SearchQuery;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The search contract on a real on-disk Lucene index with Lucene's ArabicAnalyzer. */
class LuceneIndexTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    protected SearchIndex openIndex() {
        return new LuceneIndex(dir, new ArabicAnalyzer());
    }

    @Test
    void indexedArticlesBecomeSearchableWithoutACommit() throws Exception {
        index.index(article(1, "s", 0, "النفط", "أسعار النفط"));
        long deadline = System.currentTimeMillis() + 5_000;
        while (index.search(SearchQuery.text("النفط", 0, 1)).total() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.search(SearchQuery.text("النفط", 0, 1)).total()).isEqualTo(1);
        assertThat(index.maxArticleId()).isEqualTo(1);
    }

    @Test
    void uncommittedChangesAreLostOnlyUpToTheLastCommit() throws Exception {
        index.index(article(1, "s", 0, "النفط", "أسعار النفط"));
        index.commit();
        index.index(article(2, "s", 0, "الغاز", "أسعار الغاز"));
        // no commit: closing commits nothing more than Lucene's close does; reopen must be clean either way
        closeIndex();
        index = openIndex();
        assertThat(index.maxArticleId()).isGreaterThanOrEqualTo(1);
        assertThat(index.search(SearchQuery.text("النفط", 0, 1)).total()).isEqualTo(1);
    }
}
