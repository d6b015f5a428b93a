package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.core.Source;

class CorpusOutletsTest {

    @Test
    void corpusSpellingsMapToStableLowerCaseIds() {
        assertThat(CorpusOutlets.normaliseId("alarabia")).isEqualTo("alarabiya");
        assertThat(CorpusOutlets.normaliseId("BBC")).isEqualTo("bbc");
        assertThat(CorpusOutlets.normaliseId(" CNN ")).isEqualTo("cnn");
        assertThat(CorpusOutlets.normaliseId("was")).isEqualTo("spa");
        assertThat(CorpusOutlets.normaliseId("SomeNewOutlet")).isEqualTo("somenewoutlet");
    }

    @Test
    void everyCorpusSourceHasAnArabicNameAndSite() {
        List<String> corpusIds = List.of("alarabia", "BBC", "CNN", "france24", "skynews", "aawsat", "aleqtisadiya",
                "aljazirah", "almadina", "alriyadh", "alwatan", "alweeam", "alyaum", "arreyadi", "arriyadiyah", "okaz",
                "sabq", "was", "3alyoum");
        for (String id : corpusIds) {
            assertThat(CorpusOutlets.source(id)).as(id).hasValueSatisfying(s -> {
                assertThat(s.id()).matches("[a-z0-9]+");
                assertThat(s.name()).containsPattern("\\p{IsArabic}");
                assertThat(s.siteUrl()).startsWith("https://");
            });
        }
        assertThat(CorpusOutlets.all()).hasSize(19);
    }

    @Test
    void knownNames() {
        assertThat(CorpusOutlets.source("alarabia")).contains(new Source("alarabiya", "العربية", "https://www.alarabiya.net/"));
        assertThat(CorpusOutlets.source("was").map(Source::name)).contains("واس");
        assertThat(CorpusOutlets.source("okaz").map(Source::name)).contains("عكاظ");
        assertThat(CorpusOutlets.source("nope")).isEmpty();
    }
}
