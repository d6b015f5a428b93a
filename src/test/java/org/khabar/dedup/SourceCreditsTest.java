package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourceCreditsTest {
    private final SourceCredits credits = SourceCredits.withDefaults(Map.of("البوابة نيوز", "albawabhnews"));

    @Test
    void findsTheCreditedOutlet() {
        assertThat(credits.creditedOutlet("الرياض (واس) - أعلنت الوزارة ...")).contains("was");
        assertThat(credits.creditedOutlet("نص الخبر.\nالمصدر: صحيفة سبق")).contains("sabq");
        assertThat(credits.creditedOutlet("نقلاً عن البوابة نيوز، قال المسؤول")).contains("albawabhnews");
        assertThat(credits.creditedOutlet("وذكرت (أ ف ب) أن ...")).contains("afp");
    }

    @Test
    void aCityInParenthesesIsNotACredit() {
        assertThat(credits.creditedOutlet("وصل الوفد (الرياض والدمام) أمس")).isEmpty();
        assertThat(credits.creditedOutlet("قال الوزير (في تصريح) إن")).isEmpty();
        assertThat(credits.creditedOutlet("")).isEmpty();
    }
}
