package org.khabar.serve.portal;

import org.junit.jupiter.api.Test;
import org.khabar.app.ArticleView;
import org.khabar.app.SimilarItem;
import org.khabar.app.StoryRef;
import org.khabar.app.Teaser;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page-level promise holds even when the read side hands over a careless view. */
class ArticlePageTest {
    static final Source SRC = new Source("s", "مصدر", null);

    static Teaser teaser(long id) {
        return new Teaser(id, "عنوان " + id, "https://example.org/" + id, SRC, Instant.EPOCH);
    }

    static SimilarItem similar(long id) {
        return new SimilarItem(teaser(id), List.of("وسم"));
    }

    static Article article(long id, List<Tag> tags) {
        return Article.draft("https://example.org/" + id, "s", null, "t", null, null, null, "b", null)
                .withId(id).withTags(tags);
    }

    @Test
    void dropsSelfAndRepeatsAcrossAllSectionsAndCapsSimilarAtTen() {
        List<SimilarItem> similar = new ArrayList<>();
        similar.add(similar(1));   // the article itself
        similar.add(similar(2));   // same as read-also
        for (long id = 3; id <= 15; id++) {
            similar.add(similar(id));
            similar.add(similar(id)); // repeated
        }
        ArticleView view = new ArticleView(article(1, List.of()), SRC, similar(2), similar,
                List.of(teaser(1), teaser(3), teaser(40)), null);
        ArticlePage page = ArticlePage.of(view);
        assertThat(page.readAlso().teaser().id()).isEqualTo(2);
        assertThat(page.similar()).extracting(s -> s.teaser().id()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(page.alsoPublishedBy()).extracting(Teaser::id).containsExactly(40L);
    }

    @Test
    void readAlsoPointingAtItselfIsDropped() {
        ArticlePage page = ArticlePage.of(new ArticleView(article(7, List.of()), SRC, similar(7), List.of(similar(8)), List.of(), null));
        assertThat(page.readAlso()).isNull();
        assertThat(page.similar()).extracting(s -> s.teaser().id()).containsExactly(8L);
    }

    @Test
    void tagsWithTheSameLabelAreLinkedOnce() {
        List<Tag> tags = List.of(new Tag("ناتو", "الناتو", 3), new Tag("ناتو2", "الناتو", 2), new Tag("كييف", "كييف", 1));
        ArticlePage page = ArticlePage.of(new ArticleView(article(1, tags), SRC, null, List.of(), List.of(),
                new StoryRef(9, 3, 2)));
        assertThat(page.tags()).extracting(Tag::label).containsExactly("الناتو", "كييف");
        assertThat(page.sourceName()).isEqualTo("مصدر");
        assertThat(page.story()).isEqualTo(new StoryRef(9, 3, 2));
    }

    static ArticlePage withBody(String body) {
        Article a = Article.draft("https://example.org/1", "s", null, "العنوان", null, null, null, body, null).withId(1);
        return ArticlePage.of(new ArticleView(a, SRC, null, List.of(), List.of(), null));
    }

    @Test
    void theDescriptionIsTheFirstParagraphCutAtAWord() {
        assertThat(withBody("  الفقرة   الأولى\n\nالثانية").description()).isEqualTo("الفقرة الأولى");
        String words = "كلمة ".repeat(60); // 300 characters
        String cut = withBody(words + "\nبعدها").description();
        assertThat(cut).endsWith("كلمة…").hasSizeLessThanOrEqualTo(ArticlePage.DESCRIPTION_CHARS);
        String run = "😀".repeat(150); // no spaces, surrogate pairs
        String runCut = withBody(run).description();
        assertThat(runCut).hasSizeLessThanOrEqualTo(ArticlePage.DESCRIPTION_CHARS).endsWith("😀…");
        assertThat(withBody("").description()).as("no body: the title").isEqualTo("العنوان");
    }

    @Test
    void keywordsAreTheShownTagsInOrder() {
        List<Tag> tags = List.of(new Tag("ناتو", "الناتو", 3), new Tag("كييف", "كييف", 1));
        assertThat(ArticlePage.of(new ArticleView(article(1, tags), SRC, null, List.of(), List.of(), null)).keywords())
                .isEqualTo("الناتو، كييف");
    }
}
