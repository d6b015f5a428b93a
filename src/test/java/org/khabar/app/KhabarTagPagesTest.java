package org.khabar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.TagCount;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a tag page offers beside its articles, on the embedded default (real SQLite file and Lucene index). */
class KhabarTagPagesTest {
    @TempDir
    Path dir;
    Khabar khabar;

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        NatoReports.ingest(khabar);
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    @Test
    void relatedTagsAreTheOnesItsArticlesShareMostFirstWithoutTheTagItself() {
        long underKyiv = khabar.byTag("كييف", 0, 10).total();
        assertThat(underKyiv).isEqualTo(3);
        List<TagCount> related = khabar.relatedTags("كييف", 10);
        assertThat(related).isNotEmpty().extracting(TagCount::key).doesNotContain(khabar.analysis().tagKey("كييف"));
        assertThat(related).extracting(TagCount::articles).allMatch(n -> n >= 2 && n <= underKyiv)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(related).extracting(TagCount::label).as("NATO, by the name it is best known by").contains("الناتو");
        for (TagCount t : related) {
            assertThat(khabar.byTag(t.label(), 0, 10).total()).as(t.label()).isGreaterThanOrEqualTo(t.articles());
        }
        assertThat(khabar.relatedTags("كييف", 1)).hasSize(1);
        assertThat(khabar.relatedTags("لا وسم بهذا الاسم", 10)).isEmpty();
    }

    @Test
    void aTagPageOfAnEntityNamesItsOtherNamesAndATagOfOneNameNone() {
        assertThat(khabar.otherNames("الناتو")).contains("حلف شمال الأطلسي", "حلف الناتو").doesNotContain("الناتو");
        assertThat(khabar.otherNames("حلف شمال الأطلسي")).as("whichever name the link carries")
                .isEqualTo(khabar.otherNames("الناتو"));
        assertThat(khabar.otherNames("كييف")).isEmpty();
        new TagEditor(khabar).merge("كييف", "أوكرانيا");
        assertThat(khabar.otherNames("أوكرانيا")).containsExactly("كييف");
    }

    @Test
    void aPopularTagThatGathersSeveralNamesIsShownByTheNameItsPageIsHeadedBy() {
        new TagEditor(khabar).merge("كييف", "أوكرانيا"); // the articles write كييف only
        assertThat(khabar.popularTags(10)).extracting(TagCount::label).contains("أوكرانيا").doesNotContain("كييف");
        assertThat(khabar.tagLabel("كييف")).isEqualTo("أوكرانيا");
    }
}
