package org.khabar.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour every {@link StoryStore} must have; one subclass per implementation. */
public abstract class StoryStoreContract {
    protected static final Instant T0 = Instant.parse("2018-02-18T08:00:00Z");

    public abstract StoryStore store();

    protected static StoryStore.Member m(long id, String src, long minutes) {
        return new StoryStore.Member(id, src, T0.plusSeconds(minutes * 60));
    }

    @Test
    void assignsMembersAndReportsTheStory() {
        StoryStore s = store();
        long a = s.createStory();
        long b = s.createStory();
        assertThat(b).isGreaterThan(a);
        s.assign(a, m(10, "bbc", 30));
        s.assign(a, m(11, "cnn", 0));
        s.assign(a, m(12, "bbc", 60));

        assertThat(s.members(a)).extracting(StoryStore.Member::articleId).containsExactly(11L, 10L, 12L);
        StoryStore.Story st = s.story(a).orElseThrow();
        assertThat(st.articleCount()).isEqualTo(3);
        assertThat(st.outletCount()).isEqualTo(2);
        assertThat(st.firstPublished()).isEqualTo(T0);
        assertThat(st.lastPublished()).isEqualTo(T0.plusSeconds(3600));
        assertThat(st.mergedInto()).isNull();
        assertThat(s.storyOf(10)).contains(a);
        assertThat(s.storyOf(99)).isEmpty();
        assertThat(s.story(12345)).isEmpty();
    }

    @Test
    void reassigningMovesTheArticle() {
        StoryStore s = store();
        long a = s.createStory();
        long b = s.createStory();
        s.assign(a, m(10, "bbc", 0));
        s.assign(b, m(10, "bbc", 0));
        assertThat(s.members(a)).isEmpty();
        assertThat(s.storyOf(10)).contains(b);
    }

    @Test
    void mergeMovesMembersAndLeavesARedirect() {
        StoryStore s = store();
        long older = s.createStory();
        long younger = s.createStory();
        s.assign(older, m(1, "bbc", 0));
        s.assign(younger, m(2, "cnn", 10));
        s.merge(younger, older);

        assertThat(s.members(older)).extracting(StoryStore.Member::articleId).containsExactly(1L, 2L);
        assertThat(s.members(younger)).isEmpty();
        assertThat(s.story(younger).orElseThrow().mergedInto()).isEqualTo(older);
        assertThat(s.resolve(younger)).isEqualTo(older);
        assertThat(s.resolve(older)).isEqualTo(older);
        assertThat(s.storyOf(2)).contains(older);
        assertThatThrownBy(() -> s.assign(younger, m(3, "bbc", 0))).hasMessageContaining("merged");
    }

    @Test
    void redirectsChainAcrossSeveralMerges() {
        StoryStore s = store();
        long x = s.createStory();
        long y = s.createStory();
        long z = s.createStory();
        s.assign(x, m(1, "a", 0));
        s.assign(y, m(2, "a", 1));
        s.assign(z, m(3, "a", 2));
        s.merge(z, y);
        s.merge(y, x);
        assertThat(s.resolve(z)).isEqualTo(x);
        assertThat(s.members(x)).hasSize(3);
    }

    @Test
    void moveSplitsMembersIntoAnotherStory() {
        StoryStore s = store();
        long a = s.createStory();
        s.assign(a, m(1, "a", 0));
        s.assign(a, m(2, "b", 1));
        s.assign(a, m(3, "c", 2));
        long b = s.createStory();
        s.move(List.of(2L, 3L, 77L), b);
        assertThat(s.members(a)).extracting(StoryStore.Member::articleId).containsExactly(1L);
        assertThat(s.members(b)).extracting(StoryStore.Member::articleId).containsExactly(2L, 3L);
    }

    @Test
    void recentListsLiveStoriesNewestFirst() {
        StoryStore s = store();
        long a = s.createStory();
        long b = s.createStory();
        long c = s.createStory();
        s.assign(a, m(1, "a", 0));
        s.assign(b, m(2, "a", 120));
        s.assign(c, m(3, "a", 60));
        s.merge(c, a);
        assertThat(s.recent(T0.plusSeconds(30 * 60), 10)).extracting(StoryStore.Story::id).containsExactly(b, a);
        assertThat(s.recent(T0, 1)).extracting(StoryStore.Story::id).containsExactly(b);
    }

    @Test
    void activeCountsRecentMembersOfLiveStoriesNewestUpdateFirst() {
        StoryStore s = store();
        long a = s.createStory();
        long b = s.createStory();
        long c = s.createStory();
        long old = s.createStory();
        s.assign(a, m(1, "bbc", 0));
        s.assign(a, m(2, "cnn", 100));
        s.assign(a, m(3, "cnn", 110));
        s.assign(b, m(4, "rt", 120));
        s.assign(c, m(5, "rt", 50));
        s.assign(old, m(6, "rt", -600));
        s.merge(c, a);

        List<StoryStore.Activity> active = s.active(T0.minusSeconds(60 * 60), T0.plusSeconds(100 * 60), 10);
        assertThat(active).extracting(x -> x.story().id()).containsExactly(b, a);
        StoryStore.Activity first = active.get(0);
        assertThat(first.recentArticles()).isEqualTo(1);
        StoryStore.Activity merged = active.get(1);
        assertThat(merged.story().articleCount()).isEqualTo(4);
        assertThat(merged.story().outletCount()).isEqualTo(3);
        assertThat(merged.story().firstPublished()).isEqualTo(T0);
        assertThat(merged.story().lastPublished()).isEqualTo(T0.plusSeconds(110 * 60));
        assertThat(merged.recentArticles()).isEqualTo(2);
        assertThat(s.active(T0.minusSeconds(60 * 60), T0, 1)).extracting(x -> x.story().id()).containsExactly(b);
        assertThat(s.active(T0.plusSeconds(1000 * 60), T0, 10)).isEmpty();
    }

    @Test
    void lastPublishedIgnoresFutureDatedMembers() {
        StoryStore s = store();
        assertThat(s.lastPublished(T0)).isEmpty();
        long a = s.createStory();
        s.assign(a, m(1, "bbc", 0));
        s.assign(a, m(2, "bbc", 30));
        s.assign(a, m(3, "bbc", 100_000));
        assertThat(s.lastPublished(T0.plusSeconds(3600))).contains(T0.plusSeconds(30 * 60));
        assertThat(s.lastPublished(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void mergingIntoItselfOrUnknownIsAClearError() {
        StoryStore s = store();
        long a = s.createStory();
        assertThatThrownBy(() -> s.merge(a, a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.merge(a, 999)).hasMessageContaining("999");
    }
}
