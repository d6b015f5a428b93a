package org.khabar.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineShapeTest {

    @Test
    void datelinesAndBylinesWithADate() {
        assertThat(DatelineShape.isDateline("نشر في: الاثنين ٢٤ آب ٢٠٢٠")).isTrue();
        assertThat(DatelineShape.isDateline("الاثنين ٢٤ آب ٢٠٢٠ - ١٠:٣٠")).isTrue();
        assertThat(DatelineShape.isDateline("كتب: محمد عبد الله - الجمعة 24 أغسطس 2020")).isTrue();
        assertThat(DatelineShape.isDateline("آخر تحديث: 13 تشرين الثاني 2015 الساعة 10:30")).isTrue();
        assertThat(DatelineShape.isDateline("By Jane Doe | May 3, 2020")).isTrue();
        assertThat(DatelineShape.isDateline("Posted on Monday, 3 March 2020 at 10:30 GMT")).isTrue();
    }

    @Test
    void proseThatMentionsADateIsNoDateline() {
        assertThat(DatelineShape.isDateline("لا علاقة باعتداءات 13 نوفمبر/تشرين الثاني 2015 في باريس")).isFalse();
        assertThat(DatelineShape.isDateline("The summit opens in Cairo on 3 March 2020")).isFalse();
    }
}
