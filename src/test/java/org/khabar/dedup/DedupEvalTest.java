package org.khabar.dedup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khabar.dedup.eval.DedupEvaluation;
import org.khabar.dedup.eval.JudgedPairs;
import org.khabar.dedup.eval.SaudiNewsNet;
import org.khabar.eval.SharedData;
import org.khabar.store.InMemoryFingerprintStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue #4 "Dedup" goals on SaudiNewsNet (/work/shared). Run with
 * {@code mvn test -Dgroups=eval -DexcludedGroups=none -Dtest=DedupEvalTest}. The evaluation runs once; each goal is
 * its own test so a missed goal shows by name.
 */
@Tag("eval")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DedupEvalTest {
    private DedupEvaluation.Report report;

    @BeforeAll
    void evaluate() {
        SaudiNewsNet corpus = SaudiNewsNet.load(SharedData.saudiNewsNet());
        DedupEvaluation eval = new DedupEvaluation(corpus, DedupEvaluation.Options.defaults(),
                JudgedPairs.locate(null));
        try (InMemoryFingerprintStore store = new InMemoryFingerprintStore()) {
            report = eval.run(store, System.err);
        }
        report.print(System.out);
    }

    @Test
    void recallOnWireCopies() {
        assertThat(report.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.crossRecall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void recallOnEveryEditType() {
        report.editHits().keySet().forEach(kind ->
                assertThat(report.editRecall(kind)).as(kind).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void everySampledPairIsJudged() {
        assertThat(report.judged()).isEqualTo(report.sample().size());
    }

    /**
     * The goal (issue #4): 0.99 (docs/benchmarks-dedup.md). 0.95 on fingerprints alone, 0.98 with the template-slot
     * check, 0.99 since two days' weather bulletins are told apart; the miss left is a workshop report sharing its
     * background paragraph with an announcement.
     */
    @Test
    void judgedPrecisionMeetsTheGoal() {
        assertThat(report.sampledPrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.estimatedPrecision()).isGreaterThanOrEqualTo(0.99);
    }

    /** Measured 0.045 on fingerprints alone, 0.025 with the template-slot check; guards that level. */
    @Test
    void hardNegativeFalsePositivesDoNotRegress() {
        assertThat(report.hardNegativeFpRate()).isLessThanOrEqualTo(0.03);
    }
}
