package org.khabar.related;

import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SharedTagOrderTest {
    static final Instant T0 = Instant.parse("2018-05-10T12:00:00Z");
    static final Tag NATO = new Tag("ناتو", "الناتو", 1);
    static final Tag KYIV = new Tag("كييف", "كييف", 1);
    static final Tag KURSK = new Tag("كورسك", "كورسك", 1);
    static final Tag ARMS = new Tag("سلاح", "الأسلحة", 1);
    static final Tag OIL = new Tag("نفط", "النفط", 1);

    /** Query article 1 in story 100, tagged NATO, Kyiv, Kursk, arms. */
    final RelatedQuery query = new RelatedQuery(1, T0, 100L, null, Set.of(1L), List.of(NATO, KYIV, KURSK, ARMS));

    static RelatedCandidate cand(long id, double relevance, Tag... tags) {
        return new RelatedCandidate(id, "outlet" + id, T0, 1000 + id, null, relevance, List.of(tags));
    }

    static List<Long> ids(List<RelatedCandidate> cs) {
        return cs.stream().map(RelatedCandidate::articleId).toList();
    }

    @Test
    void aSomewhatWeakerTextMatchSharingTheQuerysTagsGoesFirst() {
        List<RelatedCandidate> hits = List.of(cand(10, 10.0, OIL), cand(11, 9.0, NATO, KYIV));
        // 11 scores 0.9 + 2 x 0.1 = 1.1 against 10's 1.0
        assertThat(ids(SharedTagOrder.order(query, hits, 40))).containsExactly(11L, 10L);
    }

    @Test
    void sharedTagsDoNotLiftAFarWeakerMatch() {
        List<RelatedCandidate> hits = List.of(cand(10, 10.0), cand(11, 5.0, NATO, KYIV, KURSK, ARMS));
        assertThat(ids(SharedTagOrder.order(query, hits, 40))).containsExactly(10L, 11L);
    }

    @Test
    void onlyThreeSharedTagsCount() {
        // 11: 0.75 + 0.3 = 1.05 with three or four shared tags; 10: 0.76 + 0.3 = 1.06
        List<RelatedCandidate> hits = List.of(cand(9, 10.0), cand(10, 7.6, NATO, KYIV, KURSK),
                cand(11, 7.5, NATO, KYIV, KURSK, ARMS));
        assertThat(ids(SharedTagOrder.order(query, hits, 40))).containsExactly(10L, 11L, 9L);
    }

    @Test
    void equalScoresKeepRetrievalOrder() {
        List<RelatedCandidate> hits = List.of(cand(10, 8.0, NATO), cand(11, 8.0, KYIV), cand(12, 8.0, OIL));
        assertThat(ids(SharedTagOrder.order(query, hits, 40))).containsExactly(10L, 11L, 12L);
    }

    @Test
    void relevanceIsScaledToTheBestCandidateTheRulesAllow() {
        // The query's own story (100) scores far above the rest; scaled to it, no tag could reorder 10 and 11.
        RelatedCandidate ownStory = new RelatedCandidate(5, "x", T0, 100L, null, 100.0, List.of());
        List<RelatedCandidate> hits = List.of(ownStory, cand(10, 10.0), cand(11, 9.0, NATO, KYIV));
        assertThat(ids(SharedTagOrder.order(query, hits, 40))).containsExactly(5L, 11L, 10L);
    }

    @Test
    void withoutAnAllowedCandidateTheOrderIsRetrievals() {
        RelatedCandidate self = new RelatedCandidate(1, "x", T0, 100L, null, 10.0, List.of());
        RelatedCandidate ownStory = new RelatedCandidate(5, "x", T0, 100L, null, 9.0, List.of(NATO));
        assertThat(ids(SharedTagOrder.order(query, List.of(self, ownStory), 40))).containsExactly(1L, 5L);
    }

    @Test
    void candidatesBeyondTheWindowKeepRetrievalOrderAfterIt() {
        List<RelatedCandidate> hits = List.of(cand(10, 10.0), cand(11, 9.5, NATO), cand(12, 9.4, NATO, KYIV),
                cand(13, 9.3, NATO, KYIV, KURSK));
        // window 2: 11 (0.95 + 0.1) passes 10; 12 and 13 would pass both but stay behind, in retrieval order
        assertThat(ids(SharedTagOrder.order(query, hits, 2))).containsExactly(11L, 10L, 12L, 13L);
        assertThat(ids(SharedTagOrder.order(query, hits, 4))).containsExactly(13L, 12L, 11L, 10L);
    }

    @Test
    void readingMoreCandidatesNeverChangesTheWindowsOrder() {
        Random random = new Random(11);
        Tag[] tags = {NATO, KYIV, KURSK, ARMS, OIL};
        for (int round = 0; round < 200; round++) {
            List<RelatedCandidate> all = new ArrayList<>();
            double relevance = 20;
            for (int i = 0; i < 60; i++) {
                relevance -= random.nextDouble();
                List<Tag> mine = new ArrayList<>();
                for (Tag t : tags) if (random.nextInt(3) == 0) mine.add(t);
                all.add(cand(10 + i, relevance, mine.toArray(Tag[]::new)));
            }
            int window = 1 + random.nextInt(40);
            List<RelatedCandidate> read = all.subList(0, window + random.nextInt(60 - window));
            List<RelatedCandidate> partial = SharedTagOrder.order(query, read, window);
            assertThat(SharedTagOrder.order(query, all, window).subList(0, read.size())).isEqualTo(partial);
        }
    }
}
