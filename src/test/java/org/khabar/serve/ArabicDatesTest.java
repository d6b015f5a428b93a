package org.khabar.serve;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicDatesTest {
    final ArabicDates riyadh = new ArabicDates(ZoneId.of("Asia/Riyadh"));

    @Test
    void fullDateInTheConfiguredZone() {
        assertThat(riyadh.dateTime(Instant.parse("2018-02-18T18:35:00Z"))).isEqualTo("الأحد 18 فبراير 2018، 21:35");
        // the same instant is still Sunday afternoon in UTC, and the day can change with the zone
        assertThat(new ArabicDates(ZoneOffset.UTC).dateTime(Instant.parse("2018-02-18T18:35:00Z")))
                .isEqualTo("الأحد 18 فبراير 2018، 18:35");
        assertThat(riyadh.dateTime(Instant.parse("2024-12-31T22:05:00Z"))).isEqualTo("الأربعاء 1 يناير 2025، 01:05");
    }

    @Test
    void everyMonthAndWeekdayHasItsArabicName() {
        String[] months = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                "أكتوبر", "نوفمبر", "ديسمبر"};
        for (int m = 1; m <= 12; m++) {
            Instant midMonth = Instant.parse(String.format("2023-%02d-15T09:00:00Z", m));
            assertThat(riyadh.date(midMonth)).isEqualTo("15 " + months[m - 1] + " 2023");
        }
        // 2023-05-01 was a Monday
        String[] days = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
        for (int d = 0; d < 7; d++) {
            assertThat(riyadh.dateTime(Instant.parse("2023-05-01T09:00:00Z").plusSeconds(86_400L * d)))
                    .startsWith(days[d] + " ");
        }
    }

    @Test
    void unknownDateIsEmptyAndIsoKeepsTheOffset() {
        assertThat(riyadh.dateTime(null)).isEmpty();
        assertThat(riyadh.date(null)).isEmpty();
        assertThat(riyadh.iso(Instant.parse("2018-02-18T18:35:00Z"))).isEqualTo("2018-02-18T21:35+03:00");
    }
}
