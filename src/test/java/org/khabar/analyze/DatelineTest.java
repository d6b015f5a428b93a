package org.khabar.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    @Test
    void aBureauAndAgencyCreditOpeningTheBodyIsSkipped() {
        assertThat(Dateline.strip("دبي، الإمارات العربية المتحدة (CNN)-- أكد خالد الرميحي أن"))
                .isEqualTo("أكد خالد الرميحي أن");
        assertThat(Dateline.strip("أتلانتا، الولايات المتحدة الأمريكية (CNN)— قد تملك السيارات"))
                .isEqualTo("قد تملك السيارات");
        assertThat(Dateline.strip("واشنطن (CNN)--كشف مايك بنس")).isEqualTo("كشف مايك بنس");
        assertThat(Dateline.strip("(CNN)-- دعا رجل الدين")).isEqualTo("دعا رجل الدين");
        assertThat(Dateline.strip("القاهرة (رويترز) - قالت مصادر")).isEqualTo("قالت مصادر");
    }

    @Test
    void saudiWireDatelinesInEitherOrderAreSkipped() {
        assertThat(Dateline.strip(" واس- الرياض: توقعت الرئاسة العامة للأرصاد")).isEqualTo("توقعت الرئاسة العامة للأرصاد");
        assertThat(Dateline.strip("الرياض - واس: رفع خادم الحرمين")).isEqualTo("رفع خادم الحرمين");
        assertThat(Dateline.strip("جدة - (واس): أعلنت الهيئة")).isEqualTo("أعلنت الهيئة");
    }

    @Test
    void aReportThatOpensWithItsNewsIsUntouched() {
        String[] bodies = {
                "أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات جوية واسعة النطاق في غزة",
                "أفادت \"رويترز\" أن السعودية أغلقت قرضا مجمعا",
                "قال مسؤول إيراني كبير (رويترز) إن طهران تريد من القوى الأوروبية أن تقدم لها حزمة إجراءات اقتصادية",
                "الرياض: أعلنت وزارة الصحة", // a place without an agency is the report's own first words
                "", "(CNN"};
        for (String b : bodies) {
            assertThat(Dateline.length(b)).as(b).isZero();
            assertThat(Dateline.strip(b)).isSameAs(b);
        }
        assertThat(Dateline.length(null)).isZero();
    }

    @Test
    void theTagsOfAReportAreThoseOfItsNewsNotOfItsBureau() {
        KeywordTagger tagger = new KeywordTagger(new MemoryCorpusStats());
        String body = "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الخارجية الروسية أن حلف الناتو يرسل "
                + "الأسلحة إلى كييف، وقالت الخارجية الروسية إن الناتو يطيل الصراع.";
        assertThat(tagger.tag("الخارجية الروسية تنتقد الناتو", body, 8)).extracting(t -> t.label())
                .contains("الخارجية الروسية").doesNotContain("الإمارات العربية المتحدة", "دبي");
        assertThat(tagger.corpusKeys("الخارجية الروسية تنتقد الناتو", body))
                .doesNotContain(TagKeys.keyOf("الإمارات العربية المتحدة"), TagKeys.keyOf("دبي"));
    }
}
