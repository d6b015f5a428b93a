package org.khabar.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.TagKeys;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchQuery;
import org.khabar.ingest.CanonicalUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded default, a name spelt "عبد الفتاح" by one outlet and "عبدالفتاح" by another is one tag, with one
 * tag page that lists both articles and one search term that finds both; each article shows the name as it wrote it.
 */
class CompoundNameTagTest {
    static final String SPACED = "عبد الفتاح السيسي";
    static final String GLUED = "عبدالفتاح السيسي";

    @Test
    void bothSpellingsOfANameAreOneTagOnePageAndOneSearchTerm(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("names.jsonl");
        ObjectMapper json = new ObjectMapper();
        Files.write(file, List.of(
                json.writeValueAsString(record("https://one.example/1", SPACED + " يفتتح محطة كهرباء في أسوان",
                        "افتتح الرئيس المصري " + SPACED + " محطة كهرباء جديدة في أسوان. وقال " + SPACED
                                + " إن المحطة تضاعف إنتاج الكهرباء في صعيد مصر.")),
                json.writeValueAsString(record("https://two.example/2", GLUED + " يستقبل وفدا من رجال الأعمال",
                        "استقبل " + GLUED + " وفدا من رجال الأعمال الألمان في القاهرة. وأكد " + GLUED
                                + " أن الاستثمار الأجنبي يلقى كل الدعم."))));
        try (Khabar khabar = Backends.openEmbedded(tmp.resolve("data"))) {
            new BulkImport(khabar).run(List.of(file), Optional.empty(), line -> { }, n -> { });
            Article spaced = byUrl(khabar, "https://one.example/1");
            Article glued = byUrl(khabar, "https://two.example/2");
            Tag a = tag(spaced, SPACED);
            Tag b = tag(glued, GLUED);
            assertThat(a.key()).isEqualTo(b.key()).isEqualTo(TagKeys.keyOf(SPACED)).isEqualTo(TagKeys.keyOf(GLUED));
            assertThat(ids(khabar, new SearchQuery("", a.key(), null, 0, 10)))
                    .containsExactlyInAnyOrder(spaced.id(), glued.id());
            for (String q : List.of(SPACED, GLUED, "عبد الفتاح", "عبدالفتاح")) {
                assertThat(ids(khabar, new SearchQuery(q, null, null, 0, 10))).as(q)
                        .containsExactlyInAnyOrder(spaced.id(), glued.id());
            }
        }
    }

    private static Tag tag(Article a, String label) {
        return a.tags().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + a.tags()));
    }

    private static List<Long> ids(Khabar khabar, SearchQuery q) {
        return khabar.index().search(q).hits().stream().map(SearchHit::articleId).toList();
    }

    private static Article byUrl(Khabar khabar, String url) {
        return khabar.store().byUrl(CanonicalUrl.of(url)).orElseThrow();
    }

    private static Map<String, Object> record(String url, String title, String body) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("url", url);
        rec.put("source", url.contains("one") ? "one" : "two");
        rec.put("title", title);
        rec.put("published", url.contains("one") ? "2018-05-01T08:00:00Z" : "2018-05-02T08:00:00Z");
        rec.put("author", "");
        rec.put("summary", "");
        rec.put("body", body);
        return rec;
    }
}
