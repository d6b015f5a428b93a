package org.khabar.eval;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.cluster.ClusterParams;
import org.khabar.eval.SimilarEval.ListFigures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code khabar eval similar} on the committed judgments (issue #4): the served lists break no list rule and are
 * fully judged, so their P@10 is a measured figure, not a lower bound; and it holds the level it reached once the
 * outlet cap mixed only the best hits and datelines and teasers left the tags (0.610, session 11; plain
 * MoreLikeThis 0.560 while breaking the list rules), less at most three useful items of the 300 slots.
 */
@Tag("eval")
class SimilarListsEvalTest {

    @Test
    void servedListsKeepTheRulesAndTheirJudgedPrecision() throws Exception {
        SimilarSetup s = SimilarSetup.build(SharedData.root(), ClusterParams.defaults(), null);
        Map<String, Integer> judged = SimilarEval.readJudgments(
                Path.of("src/test/resources/org/khabar/related/similar-judgments.tsv"));
        List<ListFigures> figures = SimilarEval.evaluate(s, judged);
        figures.forEach(ListFigures::print);
        ListFigures served = figures.stream().filter(f -> f.system().equals("served")).findFirst().orElseThrow();

        assertThat(served.queries()).isEqualTo(30);
        assertThat(served.repeats()).isZero();
        assertThat(served.duplicates()).isZero();
        assertThat(served.ownStory()).isZero();
        assertThat(served.sameStory()).isZero();
        assertThat(served.unjudged()).as("every served item judged").isZero();
        // measured 0.670 (session 17: the outlet mix passes by evidence, two shared tags or one and two shared
        // headline words first; 0.627 before). The lists read the tags: each tag rule moves items in half the lists,
        // by a few useful ones either way (0.650 → 0.633 in session 14, between 0.623 and 0.640 across session 15's
        // six rules; docs/benchmarks-stories.md). A real regression is larger.
        assertThat(served.precision()).isGreaterThanOrEqualTo(0.655);
    }
}
