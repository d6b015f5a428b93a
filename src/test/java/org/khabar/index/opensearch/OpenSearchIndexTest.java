package org.khabar.index.opensearch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.index.SearchIndex;
import org.khabar.index.SearchIndexContract;
import org.khabar.index.SearchQuery;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index contract, unchanged, on a real OpenSearch (KHABAR_OPENSEARCH_URL; see ops/test-distributed.sh), plus
 * the alias-based reindex. Fails, never skips, when the variable is unset or the node unreachable.
 */
@Tag("distributed")
class OpenSearchIndexTest extends SearchIndexContract {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** One alias per test: tests never see each other's documents. */
    private final String alias = "khabar-contract-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();

    static String nodes() {
        String url = System.getenv("KHABAR_OPENSEARCH_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("KHABAR_OPENSEARCH_URL is not set (run ops/opensearch/start-single.sh)");
        }
        return url;
    }

    @Override
    protected SearchIndex openIndex() {
        return OpenSearchIndex.open(nodes(), alias, new KhabarAnalyzer(), 1, 0);
    }

    @AfterEach
    void dropTestIndex() {
        try (OpenSearchIndex os = OpenSearchIndex.open(nodes(), alias, new KhabarAnalyzer(), 1, 0)) {
            os.dropAll();
        }
    }

    @Test
    void reindexIntoANewVersionSwapsTheAliasAtomically() {
        indexCorpus();
        OpenSearchIndex live = (OpenSearchIndex) index;
        List<String> before = live.concreteIndices();
        assertThat(before).hasSize(1);

        OpenSearchIndex next = live.newVersion();
        next.index(article(42, "s", 0, "مهرجان الموسيقى", "افتتح مهرجان الموسيقى في تونس."));
        next.commit();
        // not published yet: readers still see the old version only
        assertThat(live.count()).isEqualTo(8);
        assertThat(live.search(SearchQuery.text("الموسيقى", 0, 10)).hits()).isEmpty();

        next.publish();
        assertThat(live.count()).isEqualTo(1);
        assertThat(live.search(SearchQuery.text("الموسيقى", 0, 10)).hits()).extracting(h -> h.articleId())
                .containsExactly(42L);
        assertThat(live.concreteIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void anUnreachableNodeIsAClearError() {
        assertThatThrownBy(() -> OpenSearchIndex.open("http://127.0.0.1:1", "x", new KhabarAnalyzer(), 1, 0))
                .hasMessageContaining("unreachable");
    }

    @Test
    void badAliasIsRejected() {
        assertThatThrownBy(() -> OpenSearchIndex.open(nodes(), "Bad Name", new KhabarAnalyzer(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
