package org.khabar.extract;

import org.khabar.extract.date.ArabicMonths;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a short line that holds a date is a dateline ("نشر في: الاثنين ٢٤ آب ٢٠٢٠", "كتب: محمد عبد الله - 24
 * أغسطس 2020", "By Jane Doe | May 3, 2020") or prose that mentions a date (a subheading such as "لا علاقة باعتداءات
 * 13 نوفمبر/تشرين الثاني 2015 في باريس"): a dateline has at most a name's worth of words besides the date, the
 * weekday and its lead-in words.
 */
final class DatelineShape {
    /** A byline's name: "محمد عبد الله", "Jane Doe". */
    private static final int MAX_OTHER_WORDS = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/|,،:؛\\-–—()\\[\\].]+");
    private static final Set<String> DATELINE_WORDS = Set.of(
            "نشر", "منشور", "بتاريخ", "تاريخ", "اخر", "تحديث", "بقلم", "كتب", "في", "الساعه", "ص", "م",
            "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
            "by", "posted", "published", "updated", "on", "at", "am", "pm", "gmt", "utc",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private DatelineShape() {
    }

    static boolean isDateline(String line) {
        String[] words = SEPARATORS.split(ArabicMonths.normalise(line).strip());
        int other = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || StandaloneLines.hasDigit(w) || DATELINE_WORDS.contains(w) || ArabicMonths.month(w) > 0) continue;
            if (i + 1 < words.length && ArabicMonths.month(w + " " + words[i + 1]) > 0) {
                i++; // a two-word month: "تشرين الثاني"
                continue;
            }
            if (++other > MAX_OTHER_WORDS) return false;
        }
        return true;
    }
}
