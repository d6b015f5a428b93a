package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordAnalyzerTest {

    private final WordAnalyzer wa = new WordAnalyzer();

    private Word a(String w) {
        return wa.analyzeArabic(w);
    }

    @Test
    void procliticsGroupUkraineForms() {
        String k = a("أوكرانيا").key();
        assertThat(a("اوكرانيا").key()).isEqualTo(k);
        assertThat(a("وأوكرانيا").key()).isEqualTo(k);
        assertThat(a("لأوكرانيا").key()).isEqualTo(k);
        assertThat(a("بأوكرانيا").key()).isEqualTo(k);
        assertThat(a("لأوكرانيا").bare()).isEqualTo("أوكرانيا");
    }

    @Test
    void imamWithHamzaBelowIsANounWhileAmamIsAStopword() {
        assertThat(a("أمام").stop()).isTrue();
        assertThat(a("امام").stop()).isTrue();
        assertThat(a("إمام").stop()).isFalse();
        assertThat(a("الإمام").stop()).isFalse();
    }

    @Test
    void givenNamesKeepTheirInitialWaw() {
        assertThat(a("وليد").bare()).isEqualTo("وليد");
        assertThat(a("وائل").key()).startsWith("و");
        assertThat(a("وزيادة").bare()).isEqualTo("زيادة"); // an ordinary word still loses its conjunction
    }

    @Test
    void namesAreKeptOutOfTheSuffixStemmer() {
        assertThat(a("روسيا").key()).isEqualTo("روسيا");
        assertThat(a("لروسيا").key()).isEqualTo("روسيا");
        assertThat(a("بموسكو").bare()).isEqualTo("موسكو");
        assertThat(a("الروسية").key()).isNotEqualTo(a("روسيا").key());
    }

    @Test
    void definiteArticleIsKeptForDisplayAndDroppedForTheKey() {
        Word w = a("للصراعات");
        assertThat(w.bare()).isEqualTo("الصراعات");
        assertThat(w.key()).isEqualTo(a("الصراع").key());
        assertThat(a("بالأسلحة").bare()).isEqualTo("الأسلحة");
        assertThat(a("والأسلحة").bare()).isEqualTo("الأسلحة");
        assertThat(a("فالحسن").key()).isEqualTo("حسن");
        assertThat(a("الأسلحة").article()).isTrue();
    }

    @Test
    void perfectVerbsOfWawRootsAreStopwordsWhileTheirNounsAreNot() {
        assertThat(a("وافق").stop()).isTrue(); // its و is its own, so no proclitic rule sees a verb in it
        assertThat(a("ووافق").stop()).isTrue();
        assertThat(a("واصلت").stop()).isTrue();
        assertThat(a("الوضع").stop()).isFalse(); // "الوضع الإنساني" is a tag
        assertThat(a("وصول").stop()).isFalse();
    }

    @Test
    void aCompoundNameHasOneKeyWhicheverWayItIsSpeltAndIsShownAsWritten() {
        assertThat(a("عبد الفتاح").key()).isEqualTo(a("عبدالفتاح").key());
        assertThat(a("عبد الفتاح").bare()).isEqualTo("عبد الفتاح");
        assertThat(a("لعبد الله").key()).isEqualTo(a("عبدالله").key());
        assertThat(a("لعبد الله").bare()).isEqualTo("عبد الله");
        assertThat(a("وعبد الرحمن").bare()).isEqualTo("عبد الرحمن");
    }

    @Test
    void protectedWordsKeepTheirFirstLetter() {
        assertThat(a("وزارة").bare()).isEqualTo("وزارة");
        assertThat(a("ووزارة").bare()).isEqualTo("وزارة");
        assertThat(a("واشنطن").bare()).isEqualTo("واشنطن");
        assertThat(a("كأس").bare()).isEqualTo("كأس");
        assertThat(a("فرنسا").bare()).isEqualTo("فرنسا");
        assertThat(a("بريطانيا").bare()).isEqualTo("بريطانيا");
        assertThat(a("ورشاً").bare()).isEqualTo("ورشاً"); // workshops (accusative), not و + رشا
        assertThat(a("وورش").bare()).isEqualTo("ورش");
        assertThat(a("كاليفورنيا").bare()).isEqualTo("كاليفورنيا"); // not ك + اليفورنيا ("like the …")
        assertThat(a("بكاليفورنيا").bare()).isEqualTo("كاليفورنيا");
        assertThat(a("كالعادة").bare()).isEqualTo("العادة");
        assertThat(a("والت").bare()).isEqualTo("والت");
        assertThat(a("وزيرا").bare()).isEqualTo("وزيرا"); // a minister (accusative): the listed وزير with its ending
        assertThat(a("ووزيرا").bare()).isEqualTo("وزيرا");
        assertThat(a("واجب").bare()).isEqualTo("واجب"); // a duty, not و + "اجب"
        assertThat(a("وواجب").bare()).isEqualTo("واجب");
        assertThat(a("واتساب").bare()).isEqualTo("واتساب");
        assertThat(a("الواضحة").bare()).isEqualTo("الواضحة");
        assertThat(a("وأضاف").bare()).isNotEqualTo("وأضاف"); // "and he added": its و is the conjunction
        assertThat(a("فالنسيا").bare()).isEqualTo("فالنسيا"); // Valencia, not ف + النسيا
    }

    @Test
    void aPrepositionIsCutFromNamesAndTheHeadsOfMultiwordNamesOnly() {
        assertThat(a("لمجلس").key()).isEqualTo(a("مجلس").key()); // "لمجلس الأمن" is the tag "مجلس الأمن"
        assertThat(a("بجنوب").bare()).isEqualTo("جنوب");
        assertThat(a("لمحمد").bare()).isEqualTo("محمد");
        assertThat(a("لبنان").bare()).isEqualTo("لبنان");
        assertThat(a("لسان").bare()).isEqualTo("لسان"); // not ل + سان (of "سان فرانسيسكو")
        assertThat(a("كريم").bare()).isEqualTo("كريم"); // a given name itself, not ك + ريم
    }

    @Test
    void aTagLinkMayBeReadWithItsGluedPrepositionsCut() {
        assertThat(TagKeys.keyWithGluedPrepositionsCut("لترامب")).isEqualTo(TagKeys.keyOf("ترامب"));
        assertThat(TagKeys.keyWithGluedPrepositionsCut("لكرة القدم")).isEqualTo(TagKeys.keyOf("كرة القدم"));
        assertThat(TagKeys.keyWithGluedPrepositionsCut("لحقوق كبيرة")).isEqualTo(TagKeys.keyOf("حقوق كبيرة"));
        assertThat(TagKeys.keyWithGluedPrepositionsCut("الناتو")).isEqualTo(TagKeys.keyOf("الناتو"));
        assertThat(TagKeys.keyWithGluedPrepositionsCut("لاعب")).isEqualTo(TagKeys.keyOf("لاعب"));
    }

    @Test
    void aProcliticIsCutBeforeAGazetteerNameOnlyAsTheGazetteerWritesIt() {
        assertThat(a("لروسيا").bare()).isEqualTo("روسيا");
        assertThat(a("فروسيا").bare()).isEqualTo("روسيا");
        assertThat(a("فرقة").bare()).isEqualTo("فرقة"); // a band, not ف + (ال)رقة
        assertThat(a("فالرقة").bare()).isEqualTo("الرقة");
    }

    @Test
    void stopwordsIncludingPrefixedAndReportingVerbs() {
        assertThat(a("قال").stop()).isTrue();
        assertThat(a("وأوضح").stop()).isTrue();
        assertThat(a("وأشار").stop()).isTrue();
        assertThat(a("الأربعاء").stop()).isTrue();
        assertThat(a("خلال").stop()).isTrue();
        assertThat(a("الناتو").stop()).isFalse();
    }

    @Test
    void tagKeysAreCanonical() {
        assertThat(TagKeys.keyOf("أوكرانيا")).isEqualTo(TagKeys.keyOf("وأوكرانيا")).isEqualTo(TagKeys.keyOf("لأوكرانيا"));
        assertThat(TagKeys.keyOf("الخارجية الروسية")).isEqualTo(TagKeys.keyOf("والخارجيّة الروسيّة"));
        assertThat(TagKeys.keyOf("الخارجية الروسية")).isNotEqualTo(TagKeys.keyOf("الخارجية"));
        assertThat(TagKeys.keyOf("")).isEmpty();
        assertThat(TagKeys.keyOf(null)).isEmpty();
        assertThat(TagKeys.keyOf("NATO")).isEqualTo("nato");
    }
}
