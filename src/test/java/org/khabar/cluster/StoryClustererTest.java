package org.khabar.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {
    private static final Instant T0 = Instant.parse("2018-02-18T08:00:00Z");

    private final InMemoryStoryStore store = new InMemoryStoryStore();

    private static ArticleFeatures art(long id, Instant at, String... terms) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String t : terms) w.merge(t, 1.0, Double::sum);
        return new ArticleFeatures(id, "outlet" + (id % 3), at, TermVector.of(w), Set.of());
    }

    private static ClusterParams params(double join, double merge, double split) {
        return new ClusterParams(Duration.ofDays(3), Duration.ofDays(7), Duration.ofHours(36), join, merge, split, 0.0, 30, 40, 50);
    }

    @Test
    void sameEventJoinsAndUnrelatedStartsANewStory() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        var a = c.add(art(1, T0, "طائرة", "إيران", "تحطم", "ركاب"));
        var b = c.add(art(2, T0.plusSeconds(3600), "طائرة", "إيران", "تحطم", "إنقاذ"));
        var d = c.add(art(3, T0.plusSeconds(7200), "زلزال", "مكسيك", "مروحية"));

        assertThat(a.newStory()).isTrue();
        assertThat(b.newStory()).isFalse();
        assertThat(b.storyId()).isEqualTo(a.storyId());
        assertThat(d.newStory()).isTrue();
        assertThat(d.storyId()).isNotEqualTo(a.storyId());
        assertThat(store.members(a.storyId())).extracting(m -> m.articleId()).containsExactly(1L, 2L);
    }

    @Test
    void storyIdStaysStableAsArticlesJoin() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        long id = c.add(art(1, T0, "غزة", "غارات", "جنود")).storyId();
        for (int i = 2; i <= 6; i++) {
            assertThat(c.add(art(i, T0.plusSeconds(i * 600L), "غزة", "غارات", "جنود", "x" + i)).storyId()).isEqualTo(id);
        }
        assertThat(store.story(id).orElseThrow().articleCount()).isEqualTo(6);
    }

    @Test
    void timeDecayStillJoinsWithinTheWindowButNotBeyondIt() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        long first = c.add(art(1, T0, "عفرين", "اتفاق", "دمشق")).storyId();
        var twoDaysLater = c.add(art(2, T0.plus(Duration.ofDays(2)), "عفرين", "اتفاق", "دمشق"));
        var weekLater = c.add(art(3, T0.plus(Duration.ofDays(6)), "عفرين", "اتفاق", "دمشق"));

        assertThat(twoDaysLater.storyId()).isEqualTo(first);
        assertThat(weekLater.newStory()).isTrue();
        assertThat(weekLater.storyId()).isNotEqualTo(first);
    }

    @Test
    void aStoryStopsGrowingOnceItWouldSpanMoreThanItsLongestSpan() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        long first = c.add(art(1, T0, "مونديال", "روسيا", "منتخب")).storyId();
        List<Long> ids = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            ids.add(c.add(art(1 + day, T0.plus(Duration.ofDays(day)), "مونديال", "روسيا", "منتخب")).storyId());
        }
        // one report a day stays inside the 3-day window, so only the 7-day span ends the story
        assertThat(ids.subList(0, 7)).containsOnly(first);
        assertThat(ids.get(7)).isNotEqualTo(first);
        assertThat(ids.get(8)).isEqualTo(ids.get(7));
        assertThat(store.members(first)).hasSize(8);
    }

    @Test
    void aTagCountsByTheShareOfTheStorysMembersThatCarryIt() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        LiveStory big = new LiveStory(7);
        for (int i = 0; i < 10; i++) {
            big.add(new ArticleFeatures(i, "o", T0, TermVector.of(Map.of("t" + i, 1.0)), i == 0 ? Set.of("k") : Set.of()));
        }
        LiveStory small = new LiveStory(8);
        small.add(new ArticleFeatures(20, "o", T0, TermVector.of(Map.of("u", 1.0)), Set.of("k")));
        ArticleFeatures f = new ArticleFeatures(30, "o", T0, TermVector.of(Map.of("v", 1.0)), Set.of("k"));

        // no shared term: only the tag scores, fully for the story whose member carries it, 1/10 for the other
        assertThat(c.score(f, small)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.score(f, big)).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void decayLowersTheScoreWithTheTimeGap() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        c.add(art(1, T0, "a", "b"));
        LiveStory s = new LiveStory(99);
        s.add(art(1, T0, "a", "b"));
        double near = c.score(art(2, T0.plusSeconds(60), "a", "b"), s);
        double far = c.score(art(3, T0.plus(Duration.ofHours(36)), "a", "b"), s);
        assertThat(far).isCloseTo(near / 2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void storiesThatBecomeAlikeMergeIntoTheOlderIdAndTheOtherRedirects() {
        StoryClusterer c = new StoryClusterer(store, params(0.5, 0.35, 0.0));
        long older = c.add(art(1, T0, "a", "b")).storyId();
        long younger = c.add(art(2, T0.plusSeconds(60), "c", "d")).storyId();
        assertThat(younger).isNotEqualTo(older);

        var bridge = c.add(art(3, T0.plusSeconds(120), "a", "b", "c", "d"));

        assertThat(bridge.storyId()).isEqualTo(older);
        assertThat(bridge.merged()).containsExactly(younger);
        assertThat(store.resolve(younger)).isEqualTo(older);
        assertThat(store.story(younger).orElseThrow().mergedInto()).isEqualTo(older);
        assertThat(store.members(older)).extracting(m -> m.articleId()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(c.liveStories()).isEqualTo(1);
    }

    @Test
    void storyWhoseMembersFallApartSplitsAndTheOldestGroupKeepsTheId() {
        StoryClusterer c = new StoryClusterer(store, params(0.1, 0.99, 0.6));
        long id = c.add(art(1, T0, "x", "y")).storyId();
        c.add(art(2, T0.plusSeconds(60), "x", "y"));
        c.add(art(3, T0.plusSeconds(120), "x", "p", "q"));   // weakly tied to 1 and 2
        c.add(art(4, T0.plusSeconds(180), "p", "q"));
        var last = c.add(art(5, T0.plusSeconds(240), "p", "q"));

        assertThat(last.splitOff()).hasSize(1);
        long split = last.splitOff().get(0);
        assertThat(last.storyId()).isEqualTo(split);
        assertThat(store.members(id)).extracting(m -> m.articleId()).containsExactly(1L, 2L);
        assertThat(store.members(split)).extracting(m -> m.articleId()).containsExactly(3L, 4L, 5L);
        assertThat(store.resolve(id)).isEqualTo(id);
    }

    @Test
    void candidatesComeOnlyFromStoriesSharingIndexedTerms() {
        StoryClusterer c = new StoryClusterer(store, ClusterParams.defaults());
        for (int i = 0; i < 200; i++) c.add(art(i + 1, T0.plusSeconds(i), "topic" + i, "word" + i));
        assertThat(c.liveStories()).isEqualTo(200);
        var joined = c.add(art(1000, T0.plusSeconds(300), "topic7", "word7"));
        assertThat(store.members(joined.storyId())).extracting(m -> m.articleId()).containsExactly(8L, 1000L);
    }
}
