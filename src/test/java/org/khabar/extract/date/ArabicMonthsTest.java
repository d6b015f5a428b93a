package org.khabar.extract.date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicMonthsTest {
    @Test
    void spellingVariantsFoldToOneMonth() {
        assertThat(ArabicMonths.month("أبريل")).isEqualTo(4);
        assertThat(ArabicMonths.month("إبريل")).isEqualTo(4);
        assertThat(ArabicMonths.month("ابريل")).isEqualTo(4);
        assertThat(ArabicMonths.month("يونيه")).isEqualTo(6);
        assertThat(ArabicMonths.month("آذار")).isEqualTo(3);
        assertThat(ArabicMonths.month("كانون  الثاني")).isEqualTo(1);
        assertThat(ArabicMonths.month("تشرين الأول")).isEqualTo(10);
        assertThat(ArabicMonths.month("September")).isEqualTo(9);
        assertThat(ArabicMonths.month("قمر")).isZero();
    }

    @Test
    void digitsMapToAscii() {
        assertThat(ArabicDigits.toAscii("٢٠٢٠-٠٨-٢٤")).isEqualTo("2020-08-24");
        assertThat(ArabicDigits.toAscii("۱۳۹۹")).isEqualTo("1399");
        assertThat(ArabicDigits.toAscii("abc")).isEqualTo("abc");
    }
}
