package org.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.RelatedCache.Related;

/** {@code khabar retag} on the embedded default (real SQLite file and Lucene index). */
class RetaggerTest {
    static final String BODY = "قال حلف شمال الأطلسي إن كييف ستتسلم الأسلحة. وأكد حلف شمال الأطلسي أن الخارجية "
            + "الروسية حذرت من الصراع، وأن كييف تطلب المزيد من الأسلحة من حلف شمال الأطلسي.";
    static final List<Tag> OLD = List.of(new Tag("قديم", "قديم", 1.0));

    @TempDir
    Path dir;
    Khabar khabar;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        khabar.store().upsertSource(new Source("bbc", "بي بي سي عربي", null));
        for (int i = 0; i < 3; i++) {
            Article a = Article.draft("https://bbc.example/" + i, "bbc", null, "الناتو وكييف " + i,
                    Instant.parse("2018-02-18T06:00:00Z").plusSeconds(i), null, null, BODY + " " + i, null).withTags(OLD);
            long id = khabar.store().insert(a).id();
            ids.add(id);
            khabar.relatedCache().putRelated(id, new Related(null, List.of(), Instant.now(), false));
        }
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    @Test
    void retagReplacesOldTagsMarksTheirListsStaleAndIsStableWhenRunAgain() {
        assertThat(khabar.relatedCache().staleOrMissing(10)).isEmpty();
        long[] seen = {0};
        long changed = new Retagger(khabar).retagAll(n -> seen[0] += n);
        assertThat(changed).isEqualTo(3);
        assertThat(seen[0]).isEqualTo(3);
        for (long id : ids) {
            List<String> labels = khabar.store().get(id).orElseThrow().tags().stream().map(Tag::label).toList();
            assertThat(labels).doesNotContain("قديم").contains("حلف شمال الأطلسي");
        }
        assertThat(khabar.relatedCache().staleOrMissing(10)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(new Retagger(khabar).retagAll(n -> { })).isZero();
    }
}
