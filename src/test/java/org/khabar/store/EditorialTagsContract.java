package org.khabar.store;

import org.junit.jupiter.api.Test;
import org.khabar.store.EditorialTags.BlockedTag;
import org.khabar.store.EditorialTags.MergedTag;
import org.khabar.store.EditorialTags.TagEdit;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link EditorialTags} must do; each backend's test supplies a fresh, empty one. */
public abstract class EditorialTagsContract {

    protected abstract EditorialTags tags();

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aBlockedTagIsListedUntilItIsAllowedAgain() {
        EditorialTags t = tags();
        t.block("اول تعليق", "أول تعليق", T0);
        t.block("موقع", "الموقع", T0.plusSeconds(5));

        assertThat(t.blocked()).containsExactly(new BlockedTag("اول تعليق", "أول تعليق", T0),
                new BlockedTag("موقع", "الموقع", T0.plusSeconds(5)));
        assertThat(t.unblock("موقع")).isTrue();
        assertThat(t.unblock("موقع")).isFalse();
        assertThat(t.blocked()).extracting(BlockedTag::key).containsExactly("اول تعليق");
    }

    @Test
    void blockingTwiceKeepsTheFirstDecision() {
        EditorialTags t = tags();
        t.block("موقع", "الموقع", T0);
        t.block("موقع", "موقع", T0.plusSeconds(60));

        assertThat(t.blocked()).containsExactly(new BlockedTag("موقع", "الموقع", T0));
    }

    @Test
    void aLaterDecisionOnOneArticlesTagReplacesTheEarlierOne() {
        EditorialTags t = tags();
        t.edit(7, new TagEdit("ناتو", "الناتو", true, T0));
        t.edit(7, new TagEdit("كييف", "كييف", false, T0.plusSeconds(1)));
        t.edit(7, new TagEdit("ناتو", "حلف الناتو", false, T0.plusSeconds(2)));
        t.edit(8, new TagEdit("ناتو", "الناتو", true, T0));

        assertThat(t.edits(List.of(7L, 8L, 9L))).containsOnlyKeys(7L, 8L);
        assertThat(t.edits(List.of(7L)).get(7L)).containsExactly(
                new TagEdit("كييف", "كييف", false, T0.plusSeconds(1)),
                new TagEdit("ناتو", "حلف الناتو", false, T0.plusSeconds(2)));
        assertThat(t.edits(List.of(8L)).get(8L)).containsExactly(new TagEdit("ناتو", "الناتو", true, T0));
    }

    @Test
    void aClearedDecisionIsGoneForThatArticleOnly() {
        EditorialTags t = tags();
        t.edit(7, new TagEdit("ناتو", "الناتو", true, T0));
        t.edit(8, new TagEdit("ناتو", "الناتو", true, T0));

        assertThat(t.clearEdit(7, "ناتو")).isTrue();
        assertThat(t.clearEdit(7, "ناتو")).isFalse();
        assertThat(t.edits(List.of(7L, 8L))).containsOnlyKeys(8L);
        assertThat(t.edits(List.of())).isEmpty();
    }

    @Test
    void editsOfManyArticlesComeBackInOneCall() {
        EditorialTags t = tags();
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 1; id <= 1_200; id++) { // more than one chunk of bound parameters on SQLite
            t.edit(id, new TagEdit("ناتو", "الناتو", id % 2 == 0, T0));
            ids.add(id);
        }
        assertThat(t.edits(ids)).hasSize(1_200);
        assertThat(t.edits(ids).get(1_200L).get(0).added()).isTrue();
    }

    @Test
    void aMergedTagIsListedUntilTheMergeIsTakenBackAndALaterMergeReplacesIt() {
        EditorialTags t = tags();
        t.merge(new MergedTag("ترامب", "ترامب", "دونالد ترامب", "دونالد ترامب", T0));
        t.merge(new MergedTag("بايدن", "بايدن", "جو بايدن", "جو بايدن", T0.plusSeconds(1)));
        t.merge(new MergedTag("ترامب", "ترمب", "رئيس ترامب", "الرئيس ترامب", T0.plusSeconds(2)));

        assertThat(t.merged()).containsExactly(
                new MergedTag("بايدن", "بايدن", "جو بايدن", "جو بايدن", T0.plusSeconds(1)),
                new MergedTag("ترامب", "ترمب", "رئيس ترامب", "الرئيس ترامب", T0.plusSeconds(2)));
        assertThat(t.unmerge("ترامب")).isTrue();
        assertThat(t.unmerge("ترامب")).isFalse();
        assertThat(t.merged()).extracting(MergedTag::key).containsExactly("بايدن");
    }
}
