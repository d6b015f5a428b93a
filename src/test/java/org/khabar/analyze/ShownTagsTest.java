package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.khabar.core.Tag;
import org.junit.jupiter.api.Test;

class ShownTagsTest {

    private static List<Tag> ranked(double... scores) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            tags.add(new Tag("k" + i, "tag" + i, scores[i]));
        }
        return tags;
    }

    @Test
    void theBestFiveAreShownHoweverUnlikely() {
        assertThat(ShownTags.of(ranked(0.9, 0.05, 0.04, 0.03, 0.02, 0.01), true)).extracting(Tag::label)
                .containsExactly("tag0", "tag1", "tag2", "tag3", "tag4");
    }

    @Test
    void afterFiveOnlyLikelyTagsUpToEight() {
        assertThat(ShownTags.of(ranked(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.14, 0.9), true)).hasSize(6);
        assertThat(ShownTags.of(ranked(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.2, 0.2), true)).hasSize(8);
    }

    @Test
    void fewerCandidatesThanFiveAreAllShown() {
        assertThat(ShownTags.of(ranked(0.01, 0.01), true)).hasSize(2);
        assertThat(ShownTags.of(List.of(), true)).isEmpty();
    }

    @Test
    void handSetScoresAreNotProbabilitiesSoOnlyTheMaximumCuts() {
        assertThat(ShownTags.of(ranked(9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1), false)).hasSize(8);
    }

    @Test
    void theTaggerShowsFiveToEightForAnArticleWithContent() {
        KeywordTagger tagger = new KeywordTagger(new MemoryCorpusStats());
        String body = "قالت وزارة الخارجية الروسية إن حلف شمال الأطلسي يزيد إمدادات الأسلحة إلى كييف. "
                + "وحذرت موسكو الناتو من أن الأسلحة تطيل الصراع في أوكرانيا. ودعت الخارجية الروسية إلى وقف الإمدادات.";
        List<Tag> shown = tagger.articleTags("الخارجية الروسية تحذر الناتو من إمدادات الأسلحة إلى كييف", body);
        assertThat(shown.size()).isBetween(ShownTags.MIN, ShownTags.MAX);
        assertThat(shown).isEqualTo(tagger.tag("الخارجية الروسية تحذر الناتو من إمدادات الأسلحة إلى كييف", body,
                ShownTags.MAX).subList(0, shown.size()));
    }
}
