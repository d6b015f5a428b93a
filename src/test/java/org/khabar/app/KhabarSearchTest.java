package org.khabar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's search options through khabar on the embedded default (real SQLite file and Lucene index). */
class KhabarSearchTest {
    @TempDir
    Path dir;
    Khabar khabar;
    List<Long> bbc;
    long cnn;

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        bbc = NatoReports.ingest(khabar); // published a minute apart, the last one newest
        khabar.store().upsertSource(new Source("cnn", "سي إن إن بالعربية", null));
        khabar.ingestor().ingest(Article.draft("https://cnn.example/1", "cnn", null, "كييف كييف: الأسلحة تصل إلى كييف",
                Instant.parse("2018-02-17T06:00:00Z"), null, null,
                "وصلت الأسلحة إلى كييف. وقالت كييف إن الأسلحة كافية، وإن كييف ستواصل القتال حتى النهاية.", null));
        khabar.commit();
        cnn = khabar.store().byUrl("https://cnn.example/1").orElseThrow().id();
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    private List<Long> ids(SearchRequest r) {
        return khabar.search(r, 0, 10).items().stream().map(f -> f.teaser().id()).toList();
    }

    @Test
    void theBestMatchComesFirstUnlessTheReaderAsksForTheNewest() {
        assertThat(ids(new SearchRequest("كييف", null, false))).first().as("the report that says it most").isEqualTo(cnn);
        assertThat(ids(new SearchRequest("كييف", null, true))).containsExactly(bbc.get(2), bbc.get(1), bbc.get(0), cnn);
    }

    @Test
    void anOutletFilterKeepsOnlyThatOutletsReports() {
        assertThat(ids(new SearchRequest("كييف", "bbc", true))).containsExactly(bbc.get(2), bbc.get(1), bbc.get(0));
        assertThat(khabar.search(new SearchRequest("كييف", "cnn", false), 0, 10).total()).isEqualTo(1);
    }
}
