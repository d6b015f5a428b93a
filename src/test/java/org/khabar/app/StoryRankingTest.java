package org.khabar.app;

import org.junit.jupiter.api.Test;
import org.khabar.store.StoryStore.Activity;
import org.khabar.store.StoryStore.Story;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The home page's order: breadth, growth and freshness, as documented on {@link StoryRanking}. */
class StoryRankingTest {
    static final Instant NOW = Instant.parse("2018-02-18T12:00:00Z");

    static Activity story(long id, int outlets, int reports, int recent, Duration age) {
        Instant last = NOW.minus(age);
        return new Activity(new Story(id, last.minus(Duration.ofHours(1)), last, reports, outlets, null), recent);
    }

    @Test
    void theFormulaAsDocumented() {
        assertThat(StoryRanking.score(story(1, 5, 5, 0, Duration.ofHours(24)), NOW)).isCloseTo(Math.log(6) / 2, within(1e-9));
        assertThat(StoryRanking.score(story(2, 1, 1, 1, Duration.ZERO), NOW))
                .isCloseTo(Math.log(2) * 1.5, within(1e-9));
        assertThat(StoryRanking.score(story(3, 5, 5, 0, Duration.ofHours(12)), NOW))
                .isCloseTo(Math.log(6) * Math.sqrt(0.5), within(1e-9));
    }

    @Test
    void moreOutletsRankHigherThanMoreReportsFromOneOutlet() {
        Activity broad = story(1, 3, 3, 3, Duration.ofHours(1));
        Activity oneOutletBurst = story(2, 1, 3, 3, Duration.ofHours(1));
        assertThat(StoryRanking.rank(List.of(oneOutletBurst, broad), NOW)).containsExactly(broad, oneOutletBurst);
    }

    @Test
    void aGrowingStoryRanksAboveAFinishedOneOfTheSameBreadth() {
        Activity growing = story(1, 3, 8, 5, Duration.ofHours(1));
        Activity finished = story(2, 3, 8, 0, Duration.ofHours(1));
        assertThat(StoryRanking.rank(List.of(finished, growing), NOW)).containsExactly(growing, finished);
    }

    @Test
    void freshnessDecaysSoYesterdaysBigStorySinksBelowThisHoursReport() {
        Activity yesterday = story(1, 5, 9, 0, Duration.ofHours(24));
        Activity twelveHours = story(2, 5, 9, 0, Duration.ofHours(12));
        Activity fresh = story(3, 1, 1, 1, Duration.ZERO);
        assertThat(StoryRanking.rank(List.of(yesterday, fresh, twelveHours), NOW))
                .containsExactly(twelveHours, fresh, yesterday);
    }

    @Test
    void tiesGoToTheNewerUpdateThenTheHigherId() {
        Activity a = story(1, 2, 2, 0, Duration.ofHours(7));
        Activity b = story(2, 2, 2, 0, Duration.ofHours(7));
        assertThat(StoryRanking.rank(List.of(a, b), NOW)).containsExactly(b, a);
    }

    @Test
    void aFutureDatedStoryIsNotBoostedBeyondAgeZero() {
        Activity future = story(1, 1, 1, 1, Duration.ofHours(-30));
        assertThat(StoryRanking.score(future, NOW)).isCloseTo(Math.log(2) * 1.5, within(1e-9));
    }
}
