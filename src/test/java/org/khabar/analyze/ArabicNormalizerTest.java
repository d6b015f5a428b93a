package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void nfkcTurnsPresentationFormsIntoLetters() {
        // ﻻ (lam-alef ligature), ﺍﻟﺴﻼﻡ in presentation forms
        assertThat(ArabicNormalizer.normalize("\uFEFB")).isEqualTo("لا");
        assertThat(ArabicNormalizer.normalize("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1")).isEqualTo("السلام");
        assertThat(ArabicNormalizer.apply(NormalizationRule.NFKC, "ﬁ")).isEqualTo("fi");
    }

    @Test
    void removesBidiAndZeroWidthControls() {
        String s = "\u200Fكييف\u200E \u202Bموسكو\u202C\u200B \u2067x\u2069\uFEFF\u061C";
        assertThat(ArabicNormalizer.normalize(s)).isEqualTo("كييف موسكو x");
        assertThat(ArabicNormalizer.apply(NormalizationRule.REMOVE_CONTROLS, "a\u200Db")).isEqualTo("ab");
    }

    @Test
    void removesDiacritics() {
        assertThat(ArabicNormalizer.normalize("مَكْتَبَةٌ")).isEqualTo("مكتبة");
        assertThat(ArabicNormalizer.normalize("ولداً")).isEqualTo("ولدا");
        assertThat(ArabicNormalizer.normalize("هتميّ")).isEqualTo("هتمي");
        assertThat(ArabicNormalizer.normalize("هٰذا")).isEqualTo("هذا"); // superscript alef
        assertThat(ArabicNormalizer.apply(NormalizationRule.REMOVE_DIACRITICS, "نلْسون")).isEqualTo("نلسون");
    }

    @Test
    void removesTatweel() {
        assertThat(ArabicNormalizer.normalize("روبرـــــت")).isEqualTo("روبرت");
        assertThat(ArabicNormalizer.apply(NormalizationRule.REMOVE_TATWEEL, "الإيــدز")).isEqualTo("الإيدز");
    }

    @Test
    void persianAndUrduLettersBecomeArabic() {
        assertThat(ArabicNormalizer.normalize("کیف")).isEqualTo("كيف");      // Persian kaf and yeh
        assertThat(ArabicNormalizer.normalize("ے")).isEqualTo("ي");          // Urdu yeh barree
        assertThat(ArabicNormalizer.apply(NormalizationRule.PERSIAN_URDU_LETTERS, "ی۱")).isEqualTo("ي۱");
    }

    @Test
    void easternDigitsBecomeAscii() {
        assertThat(ArabicNormalizer.normalize("١٢٣٤")).isEqualTo("1234");
        assertThat(ArabicNormalizer.normalize("۲۰۲۴")).isEqualTo("2024");
        assertThat(ArabicNormalizer.normalize("٣٫٥٪")).isEqualTo("3.5%");
        assertThat(ArabicNormalizer.apply(NormalizationRule.ASCII_DIGITS, "ی۱")).isEqualTo("ی1");
    }

    @Test
    void displayNormalizationKeepsHamzaTehMarbutaAndAlefMaksura() {
        assertThat(ArabicNormalizer.normalize("الأسلحة إلى مستشفى")).isEqualTo("الأسلحة إلى مستشفى");
    }

    @Test
    void foldingUnifiesAlefForms() {
        assertThat(ArabicNormalizer.fold("أحمد إعاذ آجن ٱلله")).isEqualTo("احمد اعاذ اجن الله");
        assertThat(ArabicNormalizer.apply(NormalizationRule.UNIFY_ALEF, "أإآٱ")).isEqualTo("اااا");
    }

    @Test
    void foldingAlefMaksuraTehMarbutaHamzaSeatsAndCase() {
        assertThat(ArabicNormalizer.fold("بنى")).isEqualTo("بني");
        assertThat(ArabicNormalizer.fold("فاطمة")).isEqualTo("فاطمه");
        assertThat(ArabicNormalizer.fold("مسؤول")).isEqualTo(ArabicNormalizer.fold("مسئول"));
        assertThat(ArabicNormalizer.fold("NATO")).isEqualTo("nato");
        assertThat(ArabicNormalizer.apply(NormalizationRule.LOWERCASE_LATIN, "AbC")).isEqualTo("abc");
        assertThat(ArabicNormalizer.apply(NormalizationRule.FOLD_TEH_MARBUTA, "ة")).isEqualTo("ه");
        assertThat(ArabicNormalizer.apply(NormalizationRule.FOLD_ALEF_MAKSURA, "ى")).isEqualTo("ي");
        assertThat(ArabicNormalizer.apply(NormalizationRule.FOLD_HAMZA_SEATS, "ؤ")).isEqualTo("ئ");
    }

    @Test
    void everyRuleIsDeclaredDisplayOrMatching() {
        for (NormalizationRule r : NormalizationRule.values()) {
            // matching-only rules must not change displayed text
            if (r.matchingOnly()) {
                assertThat(ArabicNormalizer.normalize("أإآى ة ؤ A")).isEqualTo("أإآى ة ؤ A");
            }
        }
        assertThat(NormalizationRule.UNIFY_ALEF.matchingOnly()).isTrue();
        assertThat(NormalizationRule.REMOVE_DIACRITICS.matchingOnly()).isFalse();
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertThat(ArabicNormalizer.normalize("")).isEmpty();
        assertThat(ArabicNormalizer.normalize(null)).isEmpty();
    }
}
