package org.khabar.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khabar.app.StageTimer.Stage.CLUSTER;
import static org.khabar.app.StageTimer.Stage.DEDUP;

class StageTimesTest {

    @Test
    void sumsCallsAndTimePerStageAndReturnsTheWorksResult() {
        StageTimes times = new StageTimes();
        String result = times.time(DEDUP, () -> {
            // The deadline is set inside the timed work: a pause before the timer starts must not shorten it.
            long busyUntil = System.nanoTime() + 20_000_000;
            long x = 0;
            while (System.nanoTime() < busyUntil) x++;
            return "done " + (x > 0);
        });
        times.time(DEDUP, () -> 1);

        assertThat(result).isEqualTo("done true");
        StageTimes.Totals dedup = times.totals(DEDUP);
        assertThat(dedup.calls()).isEqualTo(2);
        assertThat(dedup.wallNanos()).isGreaterThanOrEqualTo(20_000_000);
        assertThat(dedup.cpuNanos()).isPositive();
        assertThat(times.totals(CLUSTER)).isEqualTo(new StageTimes.Totals(0, 0, 0));
    }

    @Test
    void aFailingStageIsStillCountedAndItsFailurePropagates() {
        StageTimes times = new StageTimes();
        assertThatThrownBy(() -> times.time(CLUSTER, () -> { throw new IllegalStateException("boom"); }))
                .hasMessage("boom");
        assertThat(times.totals(CLUSTER).calls()).isEqualTo(1);
    }

    @Test
    void totalsSubtractToTheCostOfAnInterval() {
        StageTimes.Totals later = new StageTimes.Totals(10, 1_000, 700);
        assertThat(later.minus(new StageTimes.Totals(4, 300, 200))).isEqualTo(new StageTimes.Totals(6, 700, 500));
    }
}
