package org.khabar.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A daily weather bulletin fills one template every day ("توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن
 * حالة الطقس لهذا اليوم …"): two days' bulletins share about half of their word triples and differ in words that no
 * slot rule reads (dust over the north one day, low visibility the next). Wire copies of one bulletin go out within
 * hours, so two forecasts published half a day or more apart are two days' bulletins, never copies.
 */
final class DailyBulletins {
    /** Copies of one bulletin measured on SaudiNewsNet went out within hours; two days' ones 17 or more apart. */
    static final Duration APART = Duration.ofHours(12);

    private DailyBulletins() {
    }

    /** Whether two texts (normalized words) published at these instants are two days' forecasts. */
    static boolean areTwoDays(List<String> a, Instant aPublished, List<String> b, Instant bPublished) {
        if (aPublished == null || bPublished == null) return false;
        if (Duration.between(aPublished, bPublished).abs().compareTo(APART) < 0) return false;
        return isForecast(a) && isForecast(b);
    }

    /** Names the meteorological authority (الأرصاد, للأرصاد) and the weather (الطقس, طقساً). */
    static boolean isForecast(List<String> words) {
        boolean authority = false, weather = false;
        for (String w : words) {
            authority |= w.contains("ارصاد");
            weather |= w.contains("طقس");
            if (authority && weather) return true;
        }
        return false;
    }
}
