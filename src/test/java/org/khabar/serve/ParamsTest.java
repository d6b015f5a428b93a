package org.khabar.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {

    @Test
    void acceptsPlainDigitsInRange() {
        assertThat(Params.parseBounded("page", "1", 1, 10)).isEqualTo(1);
        assertThat(Params.parseBounded("page", "10", 1, 10)).isEqualTo(10);
        assertThat(Params.parseBounded("offset", "0", 0, Params.MAX_OFFSET)).isZero();
    }

    @Test
    void refusesEverythingElseNaming() {
        for (String bad : new String[]{"", "0", "11", "-1", "+1", "1.5", "1e3", "abc", "٢", "99999999999", " 1"}) {
            assertThatThrownBy(() -> Params.parseBounded("page", bad, 1, 10)).as(bad)
                    .isInstanceOf(BadParameter.class)
                    .hasMessage("parameter 'page' must be a whole number from 1 to 10");
        }
    }

    @Test
    void articleIdsArePositiveLongs() {
        assertThat(Params.articleId("42")).hasValue(42);
        assertThat(Params.articleId("0")).isEmpty();
        assertThat(Params.articleId("-3")).isEmpty();
        assertThat(Params.articleId("4x")).isEmpty();
        assertThat(Params.articleId("9".repeat(30))).isEmpty();
        assertThat(Params.articleId(null)).isEmpty();
    }

    @Test
    void textIsTrimmedBlankIsAbsentLongIsRefused() {
        assertThat(Params.checkedText("q", "  كييف ", 10)).isEqualTo("كييف");
        assertThat(Params.checkedText("q", "   ", 10)).isNull();
        assertThat(Params.checkedText("q", null, 10)).isNull();
        assertThatThrownBy(() -> Params.checkedText("q", "x".repeat(11), 10)).isInstanceOf(BadParameter.class)
                .hasMessageContaining("'q'");
    }
}
