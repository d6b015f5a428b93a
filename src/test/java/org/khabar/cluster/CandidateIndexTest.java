package org.khabar.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    private static LiveStory listed(CandidateIndex index, long id, String... terms) {
        LiveStory s = new LiveStory(id);
        Map<String, Double> w = new java.util.HashMap<>();
        for (String t : terms) w.put(t, 1.0);
        s.indexedTerms = TermVector.of(w).topIds(terms.length);
        index.add(s, s.indexedTerms);
        return s;
    }

    @Test
    void storiesAreRankedByTheSummedWeightOfTheArticleTermsTheyAreListedUnder() {
        CandidateIndex index = new CandidateIndex();
        LiveStory gaza = listed(index, 1, "غزه", "هدنه");
        LiveStory kyiv = listed(index, 2, "كييف", "هدنه");
        listed(index, 3, "بورصه");
        TermVector article = TermVector.of(Map.of("غزه", 3.0, "هدنه", 2.0, "مصر", 1.0));
        assertThat(index.top(article, 40, 10)).containsExactly(gaza, kyiv);
        assertThat(index.top(article, 40, 1)).containsExactly(gaza);
    }

    @Test
    void equalVotesGoToTheOlderStoryAndOnlyMaxAreKept() {
        CandidateIndex index = new CandidateIndex();
        for (long id = 50; id >= 1; id--) listed(index, id, "هدنه");
        TermVector article = TermVector.of(Map.of("هدنه", 1.0));
        assertThat(index.top(article, 40, 3)).extracting(s -> s.id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRemovedStoryIsNoLongerVotedAndVotesDoNotCarryOverBetweenArticles() {
        CandidateIndex index = new CandidateIndex();
        LiveStory a = listed(index, 1, "غزه");
        LiveStory b = listed(index, 2, "غزه", "هدنه");
        TermVector article = TermVector.of(Map.of("غزه", 1.0, "هدنه", 1.0));
        assertThat(index.top(article, 40, 10)).containsExactly(b, a);
        index.remove(b, b.indexedTerms);
        assertThat(index.top(article, 40, 10)).containsExactly(a);
        assertThat(a.vote).isEqualTo(article.termWeights()[0], org.assertj.core.data.Offset.offset(0.0));
        index.clear();
        assertThat(index.top(article, 40, 10)).isEmpty();
    }

    @Test
    void onlyTheArticlesHeaviestTermsVote() {
        CandidateIndex index = new CandidateIndex();
        LiveStory heavy = listed(index, 1, "غزه");
        listed(index, 2, "قال");
        TermVector article = TermVector.of(Map.of("غزه", 5.0, "هدنه", 4.0, "قال", 0.5));
        assertThat(index.top(article, 2, 10)).containsExactly(heavy);
        assertThat(index.top(article, 3, 10)).extracting(s -> s.id).containsExactly(1L, 2L);
    }
}
