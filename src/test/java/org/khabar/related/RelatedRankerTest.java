package org.khabar.related;

import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedRankerTest {
    private static final Instant T0 = Instant.parse("2018-05-10T12:00:00Z");
    private static final Tag NATO = new Tag("ناتو", "الناتو", 1);
    private static final Tag KYIV = new Tag("كييف", "كييف", 1);
    private static final Tag KURSK = new Tag("كورسك", "كورسك", 1);

    private final RelatedRanker ranker = new RelatedRanker(RankingParams.defaults());

    /** Query article 1, in story 100, with a syndicated copy 2. */
    private final RelatedQuery query = new RelatedQuery(1, T0, 100L, null, Set.of(1L, 2L), List.of(NATO, KYIV, KURSK));

    private static RelatedCandidate cand(long id, String src, Long story, Long dupOf, double rel, Tag... tags) {
        return new RelatedCandidate(id, src, T0.minus(Duration.ofHours(id)), story, dupOf, rel, List.of(tags));
    }

    private static List<Long> ids(Related r) {
        List<Long> out = new ArrayList<>();
        if (r.readAlso() != null) out.add(r.readAlso());
        r.similar().forEach(i -> out.add(i.articleId()));
        return out;
    }

    @Test
    void excludesItselfItsDuplicatesAndItsOwnStory() {
        List<RelatedCandidate> cs = List.of(
                cand(1, "bbc", 100L, null, 9.0, NATO),        // itself
                cand(2, "cnn", 100L, 1L, 8.5, NATO),          // its syndicated copy
                cand(3, "cnn", 100L, null, 8.0, NATO, KYIV),   // same story, other outlet
                cand(4, "skynews", 200L, null, 5.0, KYIV),
                cand(5, "france24", 300L, null, 4.0, NATO));
        Related r = ranker.rank(query, cs, T0);
        assertThat(ids(r)).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void atMostOneItemPerStoryAndPerDuplicateGroup() {
        List<RelatedCandidate> cs = List.of(
                cand(10, "bbc", 200L, null, 9.0, NATO),
                cand(11, "cnn", 200L, null, 8.9, NATO),        // same story as 10
                cand(12, "skynews", 300L, null, 8.0, KYIV),
                cand(13, "france24", null, 12L, 7.9, KYIV),    // copy of 12, not yet clustered
                cand(14, "alarabiya", null, null, 7.0),
                cand(15, "alarabiya", null, null, 6.0));
        Related r = ranker.rank(query, cs, T0);
        List<Long> all = ids(r);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).containsOnlyOnce(10L).doesNotContain(11L);
        assertThat(all).containsOnlyOnce(12L).doesNotContain(13L);
        assertThat(all).contains(14L, 15L); // unclustered articles are stories of their own
    }

    @Test
    void readAlsoIsTheBestItemAndIsNotRepeatedInTheSimilarList() {
        List<RelatedCandidate> cs = new ArrayList<>();
        for (int i = 0; i < 15; i++) cs.add(cand(20 + i, "src" + (i % 5), 1000L + i, null, 10.0 - i * 0.3, NATO));
        Related r = ranker.rank(query, cs, T0);
        assertThat(r.readAlso()).isEqualTo(20L);
        assertThat(r.similar()).hasSize(10);
        assertThat(r.similar()).extracting(RelatedItem::articleId).doesNotContain(r.readAlso());
    }

    @Test
    void outletsAreMixedWhenScoresAreClose() {
        List<RelatedCandidate> cs = new ArrayList<>();
        for (int i = 0; i < 8; i++) cs.add(cand(40 + i, "cnn", 2000L + i, null, 10.0 - i * 0.05, NATO));
        cs.add(cand(60, "bbc", 3000L, null, 9.0, NATO));
        cs.add(cand(61, "skynews", 3001L, null, 8.8, NATO));
        Related r = ranker.rank(query, cs, T0);
        List<Long> top5 = ids(r).subList(0, 5);
        assertThat(top5).contains(60L, 61L);
        Set<String> outletsInTop5 = new HashSet<>();
        for (long id : top5) outletsInTop5.add(id >= 60 ? "other" : "cnn");
        assertThat(outletsInTop5).hasSize(2);
    }

    @Test
    void outletMixingNeverPromotesAnIrrelevantItemAboveAStrongOne() {
        List<RelatedCandidate> cs = List.of(
                cand(70, "cnn", 1L, null, 10.0, NATO, KYIV),
                cand(71, "cnn", 2L, null, 9.8, NATO, KYIV),
                cand(72, "bbc", 3L, null, 1.0));
        Related r = ranker.rank(query, cs, T0);
        assertThat(ids(r)).containsExactly(70L, 71L, 72L);
    }

    @Test
    void eachItemCarriesTheSharedTagLabelsAsItsReason() {
        List<RelatedCandidate> cs = List.of(
                cand(80, "cnn", 1L, null, 10.0, NATO, KYIV),
                cand(81, "bbc", 2L, null, 9.0, KURSK, new Tag("موسكو", "موسكو", 1)),
                cand(82, "skynews", 3L, null, 8.0));
        Related r = ranker.rank(query, cs, T0);
        assertThat(r.readAlso()).isEqualTo(80L);
        RelatedItem kursk = r.similar().stream().filter(i -> i.articleId() == 81).findFirst().orElseThrow();
        assertThat(kursk.sharedTags()).containsExactly("كورسك");
        RelatedItem none = r.similar().stream().filter(i -> i.articleId() == 82).findFirst().orElseThrow();
        assertThat(none.sharedTags()).isEmpty();
    }

    @Test
    void tagOverlapAndRecencyReorderCloseRelevance() {
        RelatedCandidate oldNoTags = new RelatedCandidate(90, "cnn", T0.minus(Duration.ofDays(60)), 1L, null, 10.0, List.of());
        RelatedCandidate freshTagged = new RelatedCandidate(91, "bbc", T0.minus(Duration.ofHours(2)), 2L, null, 9.0,
                List.of(NATO, KYIV, KURSK));
        Related r = ranker.rank(query, List.of(oldNoTags, freshTagged), T0);
        assertThat(r.readAlso()).isEqualTo(91L);
    }

    @Test
    void noCandidatesGiveAnEmptyResult() {
        Related r = ranker.rank(query, List.of(), T0);
        assertThat(r.readAlso()).isNull();
        assertThat(r.similar()).isEmpty();
        assertThat(r.computedAt()).isEqualTo(T0);
        assertThat(r.stale()).isFalse();
    }
}
