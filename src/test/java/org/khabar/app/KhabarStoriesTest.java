package org.khabar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;
import org.khabar.store.StoryStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side of stories on the embedded default (real SQLite file): the story page's grouping, redirects of
 * merged stories, the top-stories order and the article page's story rules over a cached related list. Stories
 * and copies are set up through the stores directly, so each case is exactly the one named.
 */
class KhabarStoriesTest {
    static final Instant T0 = Instant.parse("2018-02-18T06:00:00Z");
    /** The wall clock is years after the corpus: "now" for top stories must come from the articles. */
    static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Khabar khabar;
    StoryStore stories;

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"), LATER);
        stories = khabar.stories();
        for (String id : List.of("bbc", "cnn", "rt")) khabar.store().upsertSource(new Source(id, "اسم " + id, null));
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    long article(String outlet, String title, Duration after) {
        return khabar.store().insert(Article.draft("https://" + outlet + ".example/" + title.hashCode() + after,
                outlet, null, title, T0.plus(after), null, null, "نص " + title, null)).id();
    }

    /** Files an article in a story the way ingest does: membership plus the article's pointer. */
    void member(long story, long articleId) {
        Article a = khabar.store().get(articleId).orElseThrow();
        stories.assign(story, new StoryStore.Member(a.id(), a.sourceId(), a.published()));
        khabar.store().setStory(a.id(), story);
    }

    @Test
    void storyPageGroupsReportsByOutletWithTheFirstReportAndTheCopiesOfEach() {
        long s = stories.createStory();
        long cnnFirst = article("cnn", "السبق", Duration.ZERO);
        long bbc1 = article("bbc", "تقرير بي بي سي الأول", Duration.ofHours(1));
        long cnn2 = article("cnn", "متابعة", Duration.ofHours(2));
        long bbc2 = article("bbc", "تقرير بي بي سي الثاني", Duration.ofHours(3));
        for (long a : List.of(cnnFirst, bbc1, cnn2, bbc2)) member(s, a);
        long rtCopy = article("rt", "نسخة", Duration.ofHours(4));
        khabar.store().setDuplicateOf(rtCopy, bbc1);
        khabar.store().setStory(rtCopy, s);
        // clustered first, found to be a copy of bbc1 later: it must show as a copy, not as a report
        khabar.store().setDuplicateOf(bbc2, bbc1);

        StoryView v = khabar.story(s).orElseThrow();
        assertThat(v.id()).isEqualTo(s);
        assertThat(v.firstReport().id()).isEqualTo(cnnFirst);
        assertThat(v.headline().id()).isEqualTo(cnn2);
        assertThat(v.firstPublished()).isEqualTo(T0);
        assertThat(v.lastPublished()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(v.outlets()).extracting(o -> o.source().id()).containsExactly("cnn", "bbc");
        assertThat(v.outlets().get(0).reports()).extracting(r -> r.article().id()).containsExactly(cnnFirst, cnn2);
        assertThat(v.outlets().get(1).reports()).extracting(r -> r.article().id()).containsExactly(bbc1);
        assertThat(v.outlets().get(1).reports().get(0).copies()).extracting(Teaser::id).containsExactly(bbc2, rtCopy);
        assertThat(v.outlets().get(1).reports().get(0).copies()).extracting(t -> t.source().name())
                .containsExactly("اسم bbc", "اسم rt");
        assertThat(v.reportCount()).isEqualTo(3);
        assertThat(v.copyCount()).isEqualTo(2);
    }

    @Test
    void aMergedStoryLeadsToTheStoryItJoinedAndUnknownIdsToNothing() {
        long older = stories.createStory();
        long younger = stories.createStory();
        member(older, article("bbc", "أ", Duration.ZERO));
        member(younger, article("cnn", "ب", Duration.ofHours(1)));
        stories.merge(younger, older);

        assertThat(khabar.story(younger).orElseThrow().id()).isEqualTo(older);
        assertThat(khabar.story(younger).orElseThrow().reportCount()).isEqualTo(2);
        assertThat(khabar.story(987_654)).isEmpty();
        long empty = stories.createStory();
        assertThat(khabar.story(empty)).as("a story without members has no page").isEmpty();
    }

    @Test
    void topStoriesAreRankedAgainstTheNewestArticleNotTheWallClock() {
        long broad = stories.createStory();
        long broadFirst = article("bbc", "واسعة 1", Duration.ofHours(10));
        long broadLead = article("cnn", "واسعة 2", Duration.ofHours(11));
        member(broad, broadFirst);
        member(broad, broadLead);
        member(broad, article("rt", "واسعة 3", Duration.ofHours(9)));
        long single = stories.createStory();
        member(single, article("bbc", "منفردة", Duration.ofHours(12)));
        long stale = stories.createStory();
        member(stale, article("bbc", "قديمة", Duration.ofHours(-100)));

        var top = khabar.topStories(0, 10);
        assertThat(top.items()).extracting(StorySummary::id).containsExactly(broad, single);
        assertThat(top.total()).isEqualTo(2);
        StorySummary first = top.items().get(0);
        assertThat(first.lead().id()).isEqualTo(broadLead);
        assertThat(first.articleCount()).isEqualTo(3);
        assertThat(first.outletCount()).isEqualTo(3);
        assertThat(first.recentArticles()).isEqualTo(3);
        assertThat(first.outlets()).extracting(Source::id).containsExactly("rt", "bbc", "cnn");
        assertThat(khabar.topStories(1, 10).items()).extracting(StorySummary::id).containsExactly(single);
        assertThat(khabar.topStories(5, 10).items()).isEmpty();
    }

    @Test
    void anEmptyStoreHasNoTopStories() {
        assertThat(khabar.topStories(0, 10).items()).isEmpty();
        assertThat(khabar.topStories(0, 10).total()).isZero();
    }

    @Test
    void theArticlePageLinksItsStoryAndDropsOwnStoryAndSecondStoryItemsFromAStaleCachedList() {
        long own = stories.createStory();
        long other = stories.createStory();
        long lone = stories.createStory();
        long a = article("bbc", "المقال", Duration.ZERO);
        long sameStory = article("cnn", "من القصة نفسها", Duration.ofHours(1));
        long o1 = article("rt", "قصة أخرى 1", Duration.ofHours(2));
        long o2 = article("cnn", "قصة أخرى 2", Duration.ofHours(3));
        long l1 = article("bbc", "منفردة", Duration.ofHours(4));
        member(own, a);
        member(own, sameStory);
        member(other, o1);
        member(other, o2);
        member(lone, l1);
        // a list cached before clustering put these articles in stories
        khabar.relatedCache().putRelated(a, new Related(sameStory, List.of(item(o1), item(o2), item(l1)), T0, false));

        ArticleView v = khabar.article(a).orElseThrow();
        assertThat(v.story()).isEqualTo(new StoryRef(own, 2, 2));
        assertThat(v.readAlso()).isNull();
        assertThat(v.similar()).extracting(s -> s.teaser().id()).containsExactly(o1, l1);
    }

    @Test
    void aCopyBelongsToItsOriginalsStory() {
        long s = stories.createStory();
        long original = article("bbc", "الأصل", Duration.ZERO);
        member(s, original);
        long copy = article("rt", "النسخة", Duration.ofMinutes(30));
        khabar.store().setDuplicateOf(copy, original);

        ArticleView v = khabar.article(copy).orElseThrow();
        assertThat(v.story()).isEqualTo(new StoryRef(s, 1, 1));
        assertThat(v.alsoPublishedBy()).extracting(Teaser::id).containsExactly(original);
    }

    static RelatedItem item(long id) {
        return new RelatedItem(id, 1.0, List.of());
    }
}
