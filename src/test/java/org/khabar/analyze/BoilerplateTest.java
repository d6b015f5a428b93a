package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    static final String NOTICE = "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.";
    static final String REPORT = "أعلنت وزارة الدفاع التركية الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية "
            + "من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا.\n"
            + "وشددت وزارة الدفاع التركية على استمرار أنشطتها في إدلب السورية في إطار اتفاق سوتشي، حسبما ذكرت الوكالة.";

    final MemoryCorpusStats stats = new MemoryCorpusStats();
    final KeywordTagger tagger = new KeywordTagger(stats);

    private void ingest(int articles) {
        for (int i = 0; i < articles; i++) {
            stats.addDocument(tagger.corpusKeys("تقرير رقم " + i, "فقرة أولى مختلفة في كل تقرير رقم " + i + " عن موضوع آخر.\n" + NOTICE));
        }
    }

    @Test
    void aLineThatFiveArticlesCarryIsNotTheReport() {
        ingest(5);
        assertThat(Boilerplate.strip(REPORT + "\n" + NOTICE, stats)).isEqualTo(REPORT);
        List<String> labels = tagger.tag("تركيا تعلن إخلاء المنطقة منزوعة السلاح بإدلب", REPORT + "\n" + NOTICE, 8)
                .stream().map(t -> t.label()).toList();
        assertThat(labels).contains("إدلب السورية").noneMatch(l -> l.contains("إشعارات") || l.contains("تطبيق"));
    }

    @Test
    void fourArticlesAreNotYetAnOutletsStandingLine() {
        ingest(4);
        assertThat(Boilerplate.strip(REPORT + "\n" + NOTICE, stats)).isEqualTo(REPORT + "\n" + NOTICE);
    }

    @Test
    void theOpeningParagraphStaysAndSoDoesACopysOwnText() {
        ingest(5);
        assertThat(Boilerplate.strip(NOTICE + "\n" + REPORT, stats)).isEqualTo(NOTICE + "\n" + REPORT);
        // a short syndicated copy: its recurring paragraphs are half the body or more, so they are its report
        String copy = "خبر قصير.\n" + NOTICE;
        assertThat(Boilerplate.strip(copy, stats)).isEqualTo(copy);
    }

    @Test
    void onlyShortParagraphsWithEnoughLettersAreCounted() {
        assertThat(Boilerplate.keyOf("فرانس 24/ أ ف ب")).isNotNull();
        assertThat(Boilerplate.keyOf("------------------------")).isNull();
        assertThat(Boilerplate.keyOf("أ ف ب")).isNull();
        assertThat(Boilerplate.keyOf(REPORT.repeat(3))).isNull();
        assertThat(Boilerplate.keyOf("  " + NOTICE.replace("تسلم", "تسلّم"))).isEqualTo(Boilerplate.keyOf(NOTICE));
        assertThat(Boilerplate.keys("أ\n" + NOTICE + "\n" + NOTICE)).hasSize(1);
    }
}
