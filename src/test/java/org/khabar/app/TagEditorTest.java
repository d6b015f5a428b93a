package org.khabar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An editor's tag decisions on the embedded default (real SQLite file and Lucene index), through the ingest path. */
class TagEditorTest {
    @TempDir
    Path dir;
    Khabar khabar;
    TagEditor editor;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        editor = new TagEditor(khabar);
        ids.addAll(NatoReports.ingest(khabar));
    }

    private long ingest(int i, String title, String body) {
        return NatoReports.ingest(khabar, i, title, body);
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    private List<String> labels(long id) {
        return khabar.store().get(id).orElseThrow().tags().stream().map(Tag::label).toList();
    }

    private List<String> keys(long id) {
        return khabar.store().get(id).orElseThrow().tags().stream().map(Tag::key).toList();
    }

    private long listedUnder(String label) {
        return khabar.byTag(label, 0, 10).total();
    }

    @Test
    void aRuledOutTagLeavesEveryArticleAtOnceAndNeverComesBack() {
        String key = khabar.analysis().tagKey("كييف");
        long carrying = ids.stream().filter(id -> keys(id).contains(key)).count();
        assertThat(carrying).as("the fixture's articles are tagged كييف").isGreaterThan(1);
        assertThat(listedUnder("كييف")).isEqualTo(carrying);

        assertThat(editor.block("كييف")).isEqualTo((int) carrying);

        for (long id : ids) {
            assertThat(keys(id)).doesNotContain(key);
            assertThat(labels(id)).as("the next best take its place").hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(listedUnder("كييف")).isZero();
        assertThat(khabar.search("كييف", 0, 10).total()).as("the text is still found").isEqualTo(3);
        assertThat(khabar.relatedCache().staleOrMissing(10)).containsAll(ids);
        // later articles and a full retag hold to the decision
        long later = ingest(9, "كييف تتسلم الأسلحة", NatoReports.BODIES[0].replace("الجديدة قريبا", "خلال أيام") + " كييف كييف");
        assertThat(keys(later)).doesNotContain(key);
        new Retagger(khabar).retagAll(n -> { });
        for (long id : ids) assertThat(keys(id)).doesNotContain(key);
        assertThat(editor.blocked()).extracting(b -> b.label()).containsExactly("كييف");
    }

    @Test
    void aTagAllowedAgainComesBackAtTheNextRetag() {
        editor.block("كييف");
        assertThat(editor.unblock("كييف")).isTrue();
        assertThat(editor.unblock("كييف")).isFalse();
        new Retagger(khabar).retagAll(n -> { });
        assertThat(listedUnder("كييف")).isGreaterThan(1);
    }

    @Test
    void anAddedTagComesFirstListsTheArticleAndOutlivesARetag() {
        long id = ids.get(0);
        Article after = editor.add(id, "الدفاع الجوي الأوروبي").orElseThrow();
        assertThat(after.tags().get(0).label()).isEqualTo("الدفاع الجوي الأوروبي");
        assertThat(listedUnder("الدفاع الجوي الأوروبي")).isEqualTo(1);

        new Retagger(khabar).retagAll(n -> { });
        assertThat(labels(id).get(0)).isEqualTo("الدفاع الجوي الأوروبي");
        assertThat(editor.edits(id)).extracting(e -> e.added()).containsExactly(true);
    }

    @Test
    void aRemovedTagStaysRemovedUntilTheDecisionIsTakenBack() {
        long id = ids.get(0);
        new Retagger(khabar).retagAll(n -> { }); // tags against the whole corpus, as undo will compute them
        List<String> before = labels(id);
        String first = before.get(0);
        String key = khabar.analysis().tagKey(first);

        assertThat(editor.remove(id, first).orElseThrow().tags()).extracting(Tag::key).doesNotContain(key);
        new Retagger(khabar).retagAll(n -> { });
        assertThat(keys(id)).doesNotContain(key);
        assertThat(keys(ids.get(1)).contains(key)).as("other articles keep it").isEqualTo(
                khabar.analysis().articleTags(khabar.store().get(ids.get(1)).orElseThrow().title(), NatoReports.BODIES[1])
                        .stream().anyMatch(t -> t.key().equals(key)));

        assertThat(editor.undo(id, first).orElseThrow().tags()).extracting(Tag::label).isEqualTo(before);
        assertThat(editor.edits(id)).isEmpty();
    }

    @Test
    void anUnknownArticleOrALabelWithoutAWordChangesNothing() {
        assertThat(editor.add(999_999, "كييف")).isEmpty();
        assertThat(editor.remove(999_999, "كييف")).isEmpty();
        assertThatThrownBy(() -> editor.block(" ،؛ ")).isInstanceOf(TagEditor.NotATag.class);
        assertThatThrownBy(() -> editor.add(ids.get(0), "")).isInstanceOf(TagEditor.NotATag.class);
        assertThat(editor.blocked()).isEmpty();
        assertThat(editor.edits(ids.get(0))).isEmpty();
    }

    @Test
    void aMergedTagIsListedAndShownAsTheTagItJoinedUntilTheMergeIsTakenBack() {
        String kyiv = khabar.analysis().tagKey("كييف");
        long copy = ingest(7, "الناتو وكييف والأسلحة", NatoReports.BODIES[0]);
        assertThat(khabar.store().get(copy).orElseThrow().duplicateOf()).as("a syndicated copy").isNotNull();
        List<Long> listed = ids.stream().filter(id -> keys(id).contains(kyiv)).toList();
        assertThat(listed).as("the fixture's articles are tagged كييف").hasSizeGreaterThan(1);
        List<Long> carrying = new ArrayList<>(listed);
        carrying.add(copy); // not listed on the tag page, but its own page shows its tags
        assertThat(keys(copy)).contains(kyiv);
        long before = listedUnder("أوكرانيا");

        assertThat(editor.merge("كييف", "أوكرانيا")).isEqualTo(carrying.size());
        String ukraine = khabar.analysis().tagKey("أوكرانيا");
        for (long id : carrying) {
            assertThat(keys(id)).doesNotContain(kyiv).containsOnlyOnce(ukraine);
        }
        assertThat(listedUnder("كييف")).isEqualTo(listedUnder("أوكرانيا")).isGreaterThanOrEqualTo(
                Math.max(before, listed.size()));
        assertThat(khabar.tagLabel("كييف")).as("the page is headed by the tag it joined").isEqualTo("أوكرانيا");
        assertThat(khabar.tagLabel("حلف شمال الأطلسي")).as("and a listed entity by its best-known name")
                .isEqualTo("الناتو");
        assertThat(khabar.relatedCache().staleOrMissing(10)).containsAll(listed);
        // later articles and a full retag hold to it
        long later = ingest(9, "كييف تتسلم الأسلحة", NatoReports.BODIES[0].replace("الجديدة قريبا", "خلال أيام"));
        assertThat(keys(later)).doesNotContain(kyiv);
        new Retagger(khabar).retagAll(n -> { });
        for (long id : carrying) assertThat(keys(id)).doesNotContain(kyiv);
        assertThat(editor.merged()).extracting(m -> m.label() + ">" + m.intoLabel()).containsExactly("كييف>أوكرانيا");

        assertThatThrownBy(() -> editor.merge("أوكرانيا", "كييف")).isInstanceOf(TagEditor.SameTag.class);
        assertThat(editor.unmerge("كييف")).isTrue();
        assertThat(editor.unmerge("كييف")).isFalse();
        for (long id : carrying) assertThat(keys(id)).contains(kyiv);
        assertThat(listedUnder("كييف")).isGreaterThanOrEqualTo(listed.size());
        assertThat(khabar.tagLabel("كييف")).isEqualTo("كييف");
    }
}
