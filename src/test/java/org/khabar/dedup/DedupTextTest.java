package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DedupTextTest {

    @Test
    void foldsArabicSpellingVariantsDiacriticsAndDigits() {
        assertThat(DedupText.words("أعلنت الوزارةُ ٢٠١٥")).isEqualTo(DedupText.words("اعلنت الوزاره 2015"));
        assertThat(DedupText.words("الإمارات")).containsExactly("الامارات");
        assertThat(DedupText.words("مــــصر")).containsExactly("مصر"); // tatweel
        assertThat(DedupText.words("على")).isEqualTo(DedupText.words("علي")); // alef maksura
    }

    @Test
    void punctuationSeparatesWordsAndLatinIsLowerCased() {
        assertThat(DedupText.words("«داعش»، (واس) - Google,ISIS"))
                .containsExactly("داعش", "واس", "google", "isis");
    }

    @Test
    void emptyAndNullGiveNoWords() {
        assertThat(DedupText.words("")).isEmpty();
        assertThat(DedupText.words(null)).isEmpty();
        assertThat(DedupText.words(" ،.؛ ")).isEmpty();
    }
}
