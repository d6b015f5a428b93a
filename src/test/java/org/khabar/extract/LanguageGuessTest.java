package org.khabar.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuessTest {
    private static final String ARABIC = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية، وقال الوزير إن الخطة التي أقرت ستبدأ قريبا.";
    private static final String PERSIAN = "قیمت نان در تهران از ابتدای هفته آینده افزایش می‌یابد و این تصمیم پس از جلسه شورای آرد و نان گرفته شده است.";

    @Test
    void arabicTextWinsOverAWrongEnglishDeclaration() {
        assertThat(LanguageGuess.guess(ARABIC, "en-US")).isEqualTo("ar");
    }

    @Test
    void persianIsToldFromArabicByLettersAndWords() {
        assertThat(LanguageGuess.guess(PERSIAN, "ar")).isEqualTo("fa");
        assertThat(LanguageGuess.guess(ARABIC, "fa")).isEqualTo("ar");
    }

    @Test
    void urdu() {
        assertThat(LanguageGuess.guess("پاکستان میں آج بارش ہوئی اور لوگوں نے سکھ کا سانس لیا۔ حکومت نے کہا ہے کہ یہ سلسلہ جاری رہے گا۔", null))
                .isEqualTo("ur");
    }

    @Test
    void latinTextKeepsItsDeclarationButNotAnArabicOne() {
        String en = "The government announced a new plan to support farmers in the southern provinces today.";
        assertThat(LanguageGuess.guess(en, "fr-FR")).isEqualTo("fr");
        assertThat(LanguageGuess.guess(en, "ar")).isEqualTo("und");
    }

    @Test
    void tooLittleTextFallsBackToTheDeclaration() {
        assertThat(LanguageGuess.guess("مرحبا", "ar-EG")).isEqualTo("ar");
        assertThat(LanguageGuess.guess("", null)).isEqualTo("und");
    }
}
