package org.khabar.serve;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as an Arabic reader expects them on a news page: "الأحد 18 فبراير 2018، 21:35".
 * Names are spelled out here rather than taken from the JDK's locale data, whose Arabic month names
 * and digits vary by JDK version and region (ar-SA vs ar-EG); Western digits, as most Arab news sites use.
 */
public final class ArabicDates {

    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

    private final ZoneId zone;

    public ArabicDates(ZoneId zone) {
        this.zone = zone;
    }

    /** Day, date and time in the configured zone; empty text for an unknown date. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime t = instant.atZone(zone);
        return String.format("%s %d %s %d، %02d:%02d", dayName(t.getDayOfWeek()), t.getDayOfMonth(),
                MONTHS[t.getMonthValue() - 1], t.getYear(), t.getHour(), t.getMinute());
    }

    /** Short form for lists: "18 فبراير 2018". */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime t = instant.atZone(zone);
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear();
    }

    /** Machine-readable form for the HTML {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }

    static String dayName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "الاثنين";
            case TUESDAY -> "الثلاثاء";
            case WEDNESDAY -> "الأربعاء";
            case THURSDAY -> "الخميس";
            case FRIDAY -> "الجمعة";
            case SATURDAY -> "السبت";
            case SUNDAY -> "الأحد";
        };
    }
}
