package org.khabar.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandaloneLinesTest {

    @Test
    void labelsStandingAloneButNotSentencesThatOpenWithTheSameWords() {
        assertThat(StandaloneLines.isLabel("اقرأ أيضاً:")).isTrue();
        assertThat(StandaloneLines.isLabel("أقرأ أيضا:")).isTrue();
        assertThat(StandaloneLines.isLabel("شارك على فيسبوك")).isTrue();
        assertThat(StandaloneLines.isLabel("Advertisement")).isTrue();
        assertThat(StandaloneLines.isLabel("شارك أكثر من مئة رجل في أعمال الحفر.")).isFalse();
        assertThat(StandaloneLines.isLabel("اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه اعتداء")).isFalse();
    }

    @Test
    void datelinesButNotSentencesOrSubheadingsWithADate() {
        assertThat(StandaloneLines.isDateline("الاثنين ٢٤ آب ٢٠٢٠ - ١٠:٣٠")).isTrue();
        assertThat(StandaloneLines.isDateline("By Jane Doe | May 3, 2020")).isTrue();
        assertThat(StandaloneLines.isDateline("The meeting is set for March 3, 2020.")).isFalse();
        assertThat(StandaloneLines.isDateline("لا علاقة باعتداءات 13 نوفمبر/تشرين الثاني 2015 في باريس")).isFalse();
        assertThat(StandaloneLines.isDateline("ارتفع المؤشر 3%")).isFalse();
    }
}
