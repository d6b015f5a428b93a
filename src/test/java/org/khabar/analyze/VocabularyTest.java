package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void attachedPronounsAndVerbEndingsAreInflected() {
        assertThat(Vocabulary.inflectedShape("بلاده")).isTrue();   // his country
        assertThat(Vocabulary.inflectedShape("فواتيره")).isTrue(); // his bills
        assertThat(Vocabulary.inflectedShape("ديوانهم")).isTrue();
        assertThat(Vocabulary.inflectedShape("تعهدوه")).isTrue();
        assertThat(Vocabulary.inflectedShape("يتشدد")).isTrue();
    }

    @Test
    void wordsThatOnlyLookInflectedAreNot() {
        assertThat(Vocabulary.inflectedShape("المدرسة")).isFalse(); // ة, not the pronoun
        assertThat(Vocabulary.inflectedShape("المياه")).isFalse();
        assertThat(Vocabulary.inflectedShape("اتجاه")).isFalse();
        assertThat(Vocabulary.inflectedShape("نصرالله")).isFalse();
        assertThat(Vocabulary.inflectedShape("الوجه")).isFalse();
        assertThat(Vocabulary.inflectedShape("الجنيه")).isFalse();
        assertThat(Vocabulary.inflectedShape("أوكرانيا")).isFalse();
    }
}
