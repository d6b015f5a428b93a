package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DailyBulletinsTest {
    static final Instant T = Instant.parse("2015-07-24T16:25:00Z");
    static final List<String> FORECAST = DedupText.words(DuplicateDetectorTest.FORECAST);
    static final List<String> NEXT = DedupText.words(DuplicateDetectorTest.NEXT_DAY_FORECAST);
    static final List<String> NEWS = DedupText.words(DuplicateDetectorTest.STORY);

    @Test
    void aForecastNamesTheAuthorityAndTheWeather() {
        assertThat(DailyBulletins.isForecast(FORECAST)).isTrue();
        assertThat(DailyBulletins.isForecast(DedupText.words("حذرت الأرصاد من موجة غبار على الرياض"))).isFalse();
        assertThat(DailyBulletins.isForecast(NEWS)).isFalse();
    }

    @Test
    void forecastsHalfADayApartAreTwoDays() {
        assertThat(DailyBulletins.areTwoDays(FORECAST, T, NEXT, T.plusSeconds(17 * 3600))).isTrue();
        assertThat(DailyBulletins.areTwoDays(NEXT, T.plusSeconds(12 * 3600), FORECAST, T)).isTrue();
        assertThat(DailyBulletins.areTwoDays(FORECAST, T, NEXT, T.plusSeconds(11 * 3600))).isFalse();
        assertThat(DailyBulletins.areTwoDays(NEWS, T, NEWS, T.plusSeconds(48 * 3600))).isFalse();
        assertThat(DailyBulletins.areTwoDays(FORECAST, null, NEXT, T)).isFalse();
    }
}
