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

    @Test
    void aCreditIsFoundWhereverItsMarkerFirstOccursAndAfterMarkersThatDoNotResolve() {
        String filler = "قال الوزير (في تصريح) إن المصدر الأساسي للدخل هو النفط. ".repeat(40);
        assertThat(credits.creditedOutlet(filler + "المصدر: سبق")).contains("sabq");
        assertThat(credits.creditedOutlet("المصدر: سبق")).contains("sabq");
        assertThat(credits.creditedOutlet("(واس)")).contains("was");
        assertThat(credits.creditedOutlet(filler + "وأكد (أ ف ب) ذلك")).contains("afp");
        assertThat(credits.creditedOutlet(filler + "نقلا عن مصادر مطلعة. ثم نقلا عن البوابة نيوز")).contains("albawabhnews");
        assertThat(credits.creditedOutlet(filler)).isEmpty();
    }
}
