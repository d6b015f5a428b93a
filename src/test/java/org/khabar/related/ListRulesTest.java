package org.khabar.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListRulesTest {
    @Test
    void theVersionFollowsTheRulesAndIsNeverTheMarkOfAStoreWithoutOne() {
        assertThat(ListRules.version()).isNotZero().isEqualTo(ListRules.versionOf(ListRules.RULES));
        assertThat(ListRules.versionOf("one tag first")).isNotEqualTo(ListRules.versionOf("two tags first")).isNotZero();
        assertThat(ListRules.versionOf("")).isNotZero();
    }
}
