package org.khabar.related;

import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per list rule of {@link Diversifier}. Candidates are given best first, as retrieval returns them. */
class DiversifierTest {
    static final Instant T0 = Instant.parse("2018-05-10T12:00:00Z");
    static final Tag NATO = new Tag("ناتو", "الناتو", 1);
    static final Tag KYIV = new Tag("كييف", "كييف", 1);
    static final Tag KURSK = new Tag("كورسك", "كورسك", 1);
    static final Tag OIL = new Tag("نفط", "النفط", 1);

    final Diversifier diversifier = new Diversifier(10, 3);

    /** Query article 1 in story 100; article 2 is its syndicated copy. */
    final RelatedQuery query = new RelatedQuery(1, T0, 100L, null, Set.of(1L, 2L), List.of(NATO, KYIV, KURSK));

    static RelatedCandidate cand(long id, String outlet, Long story, Tag... tags) {
        return new RelatedCandidate(id, outlet, T0, story, null, 100 - id, List.of(tags));
    }

    static RelatedCandidate titled(long id, String outlet, Long story, Set<String> titleWords, Tag... tags) {
        return new RelatedCandidate(id, outlet, T0, story, null, 100 - id, List.of(tags), titleWords);
    }

    static RelatedCandidate copy(long id, String outlet, Long story, long of) {
        return new RelatedCandidate(id, outlet, T0, story, of, 100 - id, List.of());
    }

    /** Candidates 10, 11, … each from its own story and outlet: fill material that breaks no rule. */
    static List<RelatedCandidate> filler(int n) {
        List<RelatedCandidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(cand(50 + i, "filler" + i, 5000L + i));
        return out;
    }

    static List<Long> shown(Related r) {
        List<Long> out = new ArrayList<>();
        if (r.readAlso() != null) out.add(r.readAlso());
        r.similar().forEach(i -> out.add(i.articleId()));
        return out;
    }

    static List<Long> similarIds(Related r) {
        return r.similar().stream().map(RelatedItem::articleId).toList();
    }

    @Test
    void neverTheArticleItself() {
        Related r = diversifier.select(query, List.of(cand(1, "bbc", 100L), cand(20, "cnn", 200L)), T0);
        assertThat(shown(r)).containsExactly(20L);
    }

    @Test
    void neverAMemberOfItsDuplicateGroupNorAnyCopy() {
        List<RelatedCandidate> cs = List.of(
                cand(2, "cnn", 300L),           // its copy, listed in the query's duplicate group
                copy(21, "rt", 301L, 1L),       // a copy of the article itself (group not yet known to the query)
                copy(22, "rt", 302L, 30L),      // a copy of some other article: its canonical stands for it
                cand(30, "bbc", 302L));
        Related r = diversifier.select(query, cs, T0);
        assertThat(shown(r)).containsExactly(30L);
    }

    @Test
    void theQueryBeingACopyExcludesItsCanonicalArticle() {
        RelatedQuery ofCopy = new RelatedQuery(2, T0, 100L, 1L, Set.of(1L, 2L), List.of());
        Related r = diversifier.select(ofCopy, List.of(cand(1, "bbc", 200L), cand(20, "cnn", 300L)), T0);
        assertThat(shown(r)).containsExactly(20L);
    }

    @Test
    void neverAnArticleOfItsOwnStory() {
        List<RelatedCandidate> cs = List.of(cand(20, "cnn", 100L), cand(21, "bbc", 100L), cand(22, "rt", 200L));
        Related r = diversifier.select(query, cs, T0);
        assertThat(shown(r)).containsExactly(22L);
    }

    @Test
    void atMostOneItemPerStoryCountingReadAlso() {
        List<RelatedCandidate> cs = List.of(
                cand(20, "cnn", 200L), cand(21, "bbc", 200L),     // 21: second item of story 200 (read also's)
                cand(22, "rt", 300L), cand(23, "france24", 300L), // 23: second item of story 300
                cand(24, "alarabiya", 400L));
        Related r = diversifier.select(query, cs, T0);
        assertThat(r.readAlso()).isEqualTo(20L);
        assertThat(similarIds(r)).containsExactly(22L, 24L);
    }

    @Test
    void unclusteredArticlesCountAsStoriesOfTheirOwn() {
        List<RelatedCandidate> cs = List.of(cand(20, "cnn", null), cand(21, "bbc", null), cand(22, "rt", null));
        assertThat(shown(diversifier.select(query, cs, T0))).containsExactly(20L, 21L, 22L);
    }

    @Test
    void readAlsoIsTheMostRelevantItemOfAnotherStoryAndIsNotInTheSimilarList() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "cnn", 100L));  // most relevant, but of the query's own story
        cs.add(cand(21, "bbc", 200L));
        cs.addAll(filler(12));
        Related r = diversifier.select(query, cs, T0);
        assertThat(r.readAlso()).isEqualTo(21L);
        assertThat(r.similar()).hasSize(10);
        assertThat(similarIds(r)).doesNotContain(21L, 20L).doesNotHaveDuplicates();
    }

    @Test
    void noMoreThanThreeFromOneOutletWhileOtherOutletsHaveItems() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L));                                      // read also
        for (int i = 0; i < 8; i++) cs.add(cand(21 + i, "bbc", 300L + i)); // eight from bbc, best after read also
        cs.addAll(filler(12));
        Related r = diversifier.select(query, cs, T0);
        List<Long> similar = similarIds(r);
        assertThat(similar).hasSize(10);
        assertThat(similar.stream().filter(id -> id >= 21 && id <= 28)).containsExactly(21L, 22L, 23L);
        // relevance order is kept: the three bbc items still lead the list
        assertThat(similar.subList(0, 3)).containsExactly(21L, 22L, 23L);
    }

    @Test
    void heldBackOutletItemsFillTheListWhenNoAlternativeIsLeft() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L));
        for (int i = 0; i < 8; i++) cs.add(cand(21 + i, "bbc", 300L + i));
        cs.add(cand(40, "cnn", 400L));
        Related r = diversifier.select(query, cs, T0);
        // cnn's one item and then every bbc item: there is nothing else to show
        assertThat(similarIds(r)).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 40L);
    }

    @Test
    void heldBackHeadItemsComeBeforeDeeperCandidates() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L));                                      // read also
        for (int i = 0; i < 8; i++) cs.add(cand(21 + i, "bbc", 300L + i)); // the head: the best nine hits
        cs.addAll(filler(12));                                             // deeper: the reserve
        Related r = diversifier.select(query, cs, 9, T0);
        // the cap mixes outlets only among comparably relevant items: all eight bbc items, then the reserve
        assertThat(similarIds(r)).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 50L, 51L);
        // with another outlet in the head, bbc's items beyond three wait for it: cnn's weaker item is listed and
        // bbc's last one is not
        List<RelatedCandidate> mixedHead = new ArrayList<>();
        mixedHead.add(cand(20, "rt", 200L));
        for (int i = 0; i < 10; i++) mixedHead.add(cand(21 + i, "bbc", 300L + i));
        mixedHead.add(cand(40, "cnn", 400L));
        mixedHead.addAll(filler(12));
        assertThat(similarIds(diversifier.select(query, mixedHead, 12, T0)))
                .containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 40L);
    }

    @Test
    void theMixNeverTradesATagSharingItemForOneSharingNoTag() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L, NATO));                                      // read also
        for (int i = 0; i < 8; i++) cs.add(cand(21 + i, "bbc", 300L + i, NATO)); // on the query's topic, one outlet
        cs.add(cand(40, "cnn", 400L, KYIV));                                     // on topic, another outlet
        for (int i = 0; i < 4; i++) cs.add(cand(41 + i, "afp" + i, 410L + i, OIL)); // other outlets, no shared tag
        Related r = diversifier.select(query, cs, cs.size(), T0);
        // bbc's first three and cnn's item, then bbc's held-back items before any item sharing no tag; relevance order
        assertThat(similarIds(r)).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 40L, 41L);
        // items sharing no tag are still mixed among themselves
        List<RelatedCandidate> weak = new ArrayList<>();
        weak.add(cand(20, "rt", 200L, NATO));
        for (int i = 0; i < 8; i++) weak.add(cand(21 + i, "bbc", 300L + i, OIL));
        for (int i = 0; i < 4; i++) weak.add(cand(41 + i, "afp" + i, 410L + i, OIL));
        assertThat(similarIds(diversifier.select(query, weak, weak.size(), T0)))
                .containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 41L, 42L, 43L, 44L);
    }

    @Test
    void theMixNeverTradesAnItemSharingTwoTagsForOneSharingOne() {
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L, NATO, KYIV));                                       // read also
        for (int i = 0; i < 8; i++) cs.add(cand(21 + i, "bbc", 300L + i, NATO, KURSK)); // two shared tags, one outlet
        for (int i = 0; i < 4; i++) cs.add(cand(41 + i, "afp" + i, 410L + i, KYIV, OIL)); // one shared tag each
        Related r = diversifier.select(query, cs, cs.size(), T0);
        // bbc's held-back items sharing two tags come before other outlets' items sharing one; relevance order
        assertThat(similarIds(r)).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 41L, 42L);
        // while the head is open, items sharing one tag settle nothing: a later item sharing two goes before them
        List<RelatedCandidate> single = new ArrayList<>();
        for (int i = 0; i < 11; i++) single.add(cand(50 + i, "o" + i, 5000L + i, OIL, KYIV));
        assertThat(diversifier.isSettled(query, single)).isFalse();
        List<RelatedCandidate> later = new ArrayList<>(single);
        later.add(cand(90, "cnn", 900L, NATO, KURSK));
        assertThat(similarIds(diversifier.select(query, later, T0))).contains(90L);
        assertThat(diversifier.isSettled(query, single, single.size())).isTrue();
    }

    @Test
    void oneSharedTagWithTwoSharedHeadlineWordsCountsAsTwoTags() {
        RelatedQuery titled = new RelatedQuery(1, T0, 100L, null, Set.of(1L, 2L), List.of(NATO, KYIV, KURSK),
                Set.of("قمه", "ناتو", "بروكسل"));
        List<RelatedCandidate> cs = new ArrayList<>();
        cs.add(cand(20, "rt", 200L, NATO, KYIV));                                          // read also
        for (int i = 0; i < 6; i++) cs.add(titled(21 + i, "bbc", 300L + i, Set.of("قمه", "بروكسل", "غدا"), NATO));
        for (int i = 0; i < 7; i++) cs.add(titled(41 + i, "afp" + i, 410L + i, Set.of("قمه", "مدريد"), KYIV));
        Related r = diversifier.select(titled, cs, cs.size(), T0);
        // bbc's held-back items (one tag, two headline words) come before other outlets' items sharing one tag only
        assertThat(similarIds(r)).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 41L, 42L, 43L, 44L);
        List<RelatedCandidate> oneWord = new ArrayList<>(cs.subList(0, 1));
        for (int i = 0; i < 6; i++) oneWord.add(titled(21 + i, "bbc", 300L + i, Set.of("قمه", "غدا"), NATO));
        oneWord.addAll(cs.subList(7, cs.size()));
        // with one headline word in common, bbc's items are capped at three like the others sharing one tag
        assertThat(similarIds(diversifier.select(titled, oneWord, oneWord.size(), T0)))
                .containsExactly(21L, 22L, 23L, 41L, 42L, 43L, 44L, 45L, 46L, 47L);
        assertThat(Diversifier.evidence(titled, cs.get(1))).isEqualTo(2);
        assertThat(Diversifier.evidence(titled, oneWord.get(1))).isEqualTo(1);
        assertThat(Diversifier.evidence(query, cs.get(1))).as("headline words unknown").isEqualTo(1);
    }

    @Test
    void aCompleteHeadThatFillsTheListSettlesItEvenWithHeldBackItems() {
        List<RelatedCandidate> oneOutlet = new ArrayList<>();
        oneOutlet.add(cand(10, "cnn", 300L));
        for (int i = 0; i < 12; i++) oneOutlet.add(cand(20 + i, "bbc", 400L + i));
        assertThat(diversifier.isSettled(query, oneOutlet, oneOutlet.size())).isTrue();
        assertThat(diversifier.isSettled(query, oneOutlet.subList(0, 8), oneOutlet.size())).isFalse();
        List<RelatedCandidate> more = new ArrayList<>(oneOutlet);
        more.add(cand(90, "aljazeera", 900L));
        assertThat(diversifier.select(query, more, oneOutlet.size(), T0))
                .isEqualTo(diversifier.select(query, oneOutlet, oneOutlet.size(), T0));
    }

    @Test
    void eachItemCarriesTheSharedTagLabelsAsItsReason() {
        List<RelatedCandidate> cs = List.of(cand(20, "cnn", 200L, KYIV), cand(21, "bbc", 300L, KURSK, NATO, OIL),
                cand(22, "rt", 400L, OIL));
        Related r = diversifier.select(query, cs, T0);
        assertThat(r.similar()).extracting(RelatedItem::sharedTags)
                .containsExactly(List.of("الناتو", "كورسك"), List.of());
    }

    @Test
    void sharedTagsFollowTheQueryOrderWithoutRepeatsAndAtMostThree() {
        Tag natoAgain = new Tag("حلف ناتو", "الناتو", 1);
        List<Tag> q = List.of(NATO, natoAgain, KYIV, KURSK, OIL);
        assertThat(Diversifier.sharedTags(q, List.of(OIL, KURSK, KYIV, natoAgain, NATO)))
                .containsExactly("الناتو", "كييف", "كورسك");
    }

    @Test
    void noEligibleCandidateGivesNoReadAlsoAndAnEmptyList() {
        Related r = diversifier.select(query, List.of(cand(1, "bbc", 100L), cand(20, "cnn", 100L)), T0);
        assertThat(r.readAlso()).isNull();
        assertThat(r.similar()).isEmpty();
        assertThat(r.computedAt()).isEqualTo(T0);
    }

    @Test
    void refusesNonsenseSizes() {
        assertThatThrownBy(() -> new Diversifier(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diversifier(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settledOnceReadAlsoAndAFullListNeedNoHeldBackItem() {
        List<RelatedCandidate> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) eleven.add(cand(50 + i, "filler" + i, 5000L + i, NATO, KYIV));
        assertThat(diversifier.isSettled(query, eleven)).isTrue();
        List<RelatedCandidate> more = new ArrayList<>(eleven);
        more.add(cand(20, "cnn", 200L, KYIV));
        assertThat(diversifier.select(query, more, T0)).isEqualTo(diversifier.select(query, eleven, T0));
        // items sharing no tag settle nothing while the head is open: a later head item sharing one goes before them
        List<RelatedCandidate> untagged = filler(11);
        assertThat(diversifier.isSettled(query, untagged)).isFalse();
        List<RelatedCandidate> later = new ArrayList<>(untagged);
        later.add(cand(20, "cnn", 200L, KYIV));
        assertThat(similarIds(diversifier.select(query, later, T0))).contains(20L);
    }

    @Test
    void notSettledWhileTheListIsShort() {
        assertThat(diversifier.isSettled(query, filler(10))).isFalse();
        assertThat(diversifier.isSettled(query, List.of())).isFalse();
        // Excluded candidates and second items of a story fill nothing.
        List<RelatedCandidate> withDuds = new ArrayList<>(filler(10));
        withDuds.add(cand(1, "bbc", 100L));
        withDuds.add(copy(2, "cnn", 100L, 1));
        withDuds.add(cand(30, "cnn", 5000L));
        assertThat(diversifier.isSettled(query, withDuds)).isFalse();
    }

    @Test
    void notSettledWhenHeldBackItemsFillTheList() {
        List<RelatedCandidate> oneOutlet = new ArrayList<>();
        oneOutlet.add(cand(10, "cnn", 300L));
        for (int i = 0; i < 12; i++) oneOutlet.add(cand(20 + i, "bbc", 400L + i));
        assertThat(similarIds(diversifier.select(query, oneOutlet, T0))).hasSize(10);
        assertThat(diversifier.isSettled(query, oneOutlet)).isFalse();
        // Rightly so: a later item from another outlet takes the place of a held-back one.
        List<RelatedCandidate> more = new ArrayList<>(oneOutlet);
        more.add(cand(90, "aljazeera", 900L));
        assertThat(similarIds(diversifier.select(query, more, T0))).contains(90L);
    }

    /** Candidates' tags in the random lists: sharing none, one or two of the query's. */
    private static final List<Tag[]> TAG_SETS = List.of(new Tag[]{OIL}, new Tag[]{NATO}, new Tag[]{KYIV, OIL},
            new Tag[]{NATO, KURSK}, new Tag[]{});
    /** Candidates' headline words in the random lists: sharing none, one or two of {@link #titledQuery}'s. */
    private static final List<Set<String>> WORD_SETS = List.of(Set.of(), Set.of("قمه"), Set.of("قمه", "بروكسل"),
            Set.of("نفط"));
    private final RelatedQuery titledQuery = new RelatedQuery(1, T0, 100L, null, Set.of(1L, 2L),
            List.of(NATO, KYIV, KURSK), Set.of("قمه", "ناتو", "بروكسل"));

    /**
     * Random candidate lists with few outlets and stories, copies and own-story items, all of them the head or a
     * random head: no settled prefix errs.
     */
    @Test
    void aSettledPrefixGivesTheListOfAllCandidates() {
        Random random = new Random(7);
        int settledPrefixes = 0;
        for (int round = 0; round < 500; round++) {
            List<RelatedCandidate> all = new ArrayList<>();
            int outlets = 1 + random.nextInt(6);
            for (int i = 0; i < 60; i++) {
                long id = 10 + i;
                String outlet = "o" + random.nextInt(outlets);
                Long story = random.nextInt(10) == 0 ? null : 100L + random.nextInt(40);
                all.add(random.nextInt(15) == 0 ? copy(id, outlet, story, 5 + random.nextInt(3))
                        : titled(id, outlet, story, WORD_SETS.get(random.nextInt(WORD_SETS.size())),
                        TAG_SETS.get(random.nextInt(TAG_SETS.size()))));
            }
            int window = round % 2 == 0 ? Integer.MAX_VALUE : 5 + random.nextInt(40);
            RelatedQuery q = round % 4 < 2 ? query : titledQuery;
            Related full = diversifier.select(q, all, window, T0);
            for (int k = 0; k <= all.size(); k++) {
                List<RelatedCandidate> prefix = all.subList(0, k);
                if (!diversifier.isSettled(q, prefix, window)) continue;
                settledPrefixes++;
                assertThat(diversifier.select(q, prefix, window, T0)).as("round %d, prefix %d", round, k)
                        .isEqualTo(full);
            }
        }
        assertThat(settledPrefixes).isGreaterThan(1000);
    }
}
