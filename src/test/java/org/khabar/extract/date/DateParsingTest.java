package org.khabar.extract.date;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateParsingTest {
    private static LocalDate date(String s) {
        return DateParsing.parse(s, "t").map(PublishedDate::date).orElse(null);
    }

    @Test
    void isoWithOffsetKeepsThePagesLocalDateAndTheExactInstant() {
        PublishedDate d = DateParsing.parse("2020-08-24T01:30:00+02:00", "t").orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(d.instant()).isEqualTo(Instant.parse("2020-08-23T23:30:00Z"));
        assertThat(d.exactTime()).isTrue();
    }

    @Test
    void isoVariants() {
        assertThat(date("2020-06-03")).isEqualTo("2020-06-03");
        assertThat(date("2020-06-03 14:05:00")).isEqualTo("2020-06-03");
        assertThat(date("2020-06-03T14:05:00.000+0300")).isEqualTo("2020-06-03");
        assertThat(date("2020-06-03T14:05Z")).isEqualTo("2020-06-03");
        assertThat(DateParsing.parse("2020-06-03", "t").orElseThrow().exactTime()).isFalse();
    }

    @Test
    void rfc1123() {
        assertThat(date("Fri, 23 Feb 2018 10:37:34 GMT")).isEqualTo("2018-02-23");
    }

    @Test
    void egyptianGulfMonthNamesWithArabicIndicDigits() {
        assertThat(date("الاثنين، ٢٤ أغسطس ٢٠٢٠ - ١٢:٣٠ م")).isEqualTo("2020-08-24");
        assertThat(date("3 يونيو 2020")).isEqualTo("2020-06-03");
        assertThat(date("1 إبريل 2019")).isEqualTo("2019-04-01");
    }

    @Test
    void levantineMonthNames() {
        assertThat(date("١٥ كانون الثاني ٢٠٢١")).isEqualTo("2021-01-15");
        assertThat(date("2 كانون الأول 2020")).isEqualTo("2020-12-02");
        assertThat(date("9 تشرين الثاني 2020")).isEqualTo("2020-11-09");
        assertThat(date("24 آب 2020")).isEqualTo("2020-08-24");
        assertThat(date("7 أيلول 2019")).isEqualTo("2019-09-07");
    }

    @Test
    void doubleNamedMonthAsLevantineSitesWriteIt() {
        assertThat(date("24 آب/أغسطس 2020")).isEqualTo("2020-08-24");
        assertThat(date("24 تشرين الأول (أكتوبر) 2020")).isEqualTo("2020-10-24");
    }

    @Test
    void maghrebMonthNamesAndEasternDigits() {
        assertThat(date("12 جوان 2021")).isEqualTo("2021-06-12");
        assertThat(date("۵ جانفي ۲۰۲۰")).isEqualTo("2020-01-05");
        assertThat(date("3 غشت 2019")).isEqualTo("2019-08-03");
    }

    @Test
    void englishMonthFirst() {
        assertThat(date("Posted on March 17, 2020 at 10:00")).isEqualTo("2020-03-17");
    }

    @Test
    void numericDatesAreDayFirst() {
        assertThat(date("04/05/2020")).isEqualTo("2020-05-04");
        assertThat(date("٢٥/١٢/٢٠٢٠")).isEqualTo("2020-12-25");
        assertThat(date("2020/11/09")).isEqualTo("2020-11-09");
    }

    @Test
    void rejectsSolarHijriYearsImpossibleDaysAndGarbage() {
        assertThat(date("1399/04/12")).isNull();
        assertThat(date("31/02/2020")).isNull();
        assertThat(date("not a date")).isNull();
        assertThat(date("")).isNull();
        assertThat(date(null)).isNull();
    }

    @Test
    void monthNameInsideAWordIsNotAMonth() {
        // "اب" (August, Levantine) must not match inside "ابريل"/other words
        assertThat(date("12 ابواب 2020")).isNull();
    }
}
