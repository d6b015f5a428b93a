package org.khabar.dedup;

import org.junit.jupiter.api.Test;
import org.khabar.store.StoredFingerprint;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalRuleTest {
    private static final Instant T = Instant.parse("2015-08-01T10:00:00Z");

    static StoredFingerprint member(long id, String source, Instant published, String credited) {
        return new StoredFingerprint(id, source, published, credited, 100, new int[4]);
    }

    @Test
    void earliestPublishedWins() {
        assertThat(CanonicalRule.choose(List.of(member(1, "okaz", T.plusSeconds(60), "was"),
                member(2, "sabq", T, null), member(3, "alyaum", T.plusSeconds(5), null)))).isEqualTo(2);
    }

    @Test
    void atTheSameInstantTheCreditedOutletWins() {
        // okaz's copy says "(واس)": at equal times the agency's own copy is the original
        assertThat(CanonicalRule.choose(List.of(member(1, "okaz", T, "was"), member(2, "was", T, null))))
                .isEqualTo(2);
        // without a credit, the lowest id decides
        assertThat(CanonicalRule.choose(List.of(member(5, "okaz", T, null), member(4, "sabq", T, null))))
                .isEqualTo(4);
    }

    @Test
    void unknownTimeRanksLast() {
        assertThat(CanonicalRule.choose(List.of(member(1, "okaz", null, null), member(2, "sabq", T, null))))
                .isEqualTo(2);
        assertThatThrownBy(() -> CanonicalRule.choose(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
