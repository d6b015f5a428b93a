package org.khabar.analyze;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeasersTest {
    static final String KHASHOGGI_LEAD = "طلبت خديجة جنكيز، خطيبة الإعلامي السعودي جمال خاشقجي من الرئيس الأمريكي دونالد "
            + "ترامب المساعدة في تسليط الضوء على اختفاء خطيبها، في مقال رأي كتبته لصحيفة واشنطن بوست الثلاثاء.";
    static final String IDLIB = "أعلنت وزارة الدفاع التركية الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية "
            + "من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا.\n"
            + "وشددت وزارة الدفاع التركية على استمرار أنشطتها في إدلب السورية في إطار اتفاق سوتشي، حسبما ذكرت الوكالة.\n";

    final MemoryCorpusStats stats = new MemoryCorpusStats();
    final KeywordTagger tagger = new KeywordTagger(stats);

    private void ingest(String title, String body) {
        stats.addDocument(tagger.corpusKeys(title, body));
    }

    @Test
    void aParagraphOpeningAnotherCountedArticleIsNotThisArticlesText() {
        ingest("خطيبة خاشقجي تطلب مساعدة ترامب", KHASHOGGI_LEAD + "\nوقالت جنكيز إن أملها يتلاشى مع الأيام.");
        String withTeaser = IDLIB + KHASHOGGI_LEAD + "\n" + KHASHOGGI_LEAD;
        assertThat(Teasers.strip(withTeaser, stats)).isEqualTo(IDLIB.substring(0, IDLIB.length() - 1));
        List<String> labels = tagger.tag("تركيا تعلن إخلاء المنطقة منزوعة السلاح بإدلب", withTeaser, 8)
                .stream().map(t -> t.label()).toList();
        assertThat(labels).contains("إدلب السورية").doesNotContain("جمال خاشقجي", "خديجة جنكيز");
    }

    @Test
    void anOpeningParagraphIsNeverATeaserNorAreShortOnes() {
        ingest("خطيبة خاشقجي تطلب مساعدة ترامب", KHASHOGGI_LEAD);
        assertThat(Teasers.strip(KHASHOGGI_LEAD + "\nوقال مصدر أمني", stats)).isEqualTo(KHASHOGGI_LEAD + "\nوقال مصدر أمني");
        assertThat(Teasers.keyOf("وقال مصدر أمني إن التحقيق مستمر")).isNull();
        String body = "تقرير آخر عن موضوع مختلف تماما.\n" + KHASHOGGI_LEAD.replace("طلبت خديجة", "قالت خديجة");
        assertThat(Teasers.strip(body, stats)).as("a paragraph that opens otherwise is kept").isEqualTo(body);
        String cut = "تقرير آخر عن موضوع مختلف تماما.\n" + KHASHOGGI_LEAD.substring(0, 130) + "…";
        assertThat(Teasers.strip(cut, stats)).as("a teaser cut short is still a teaser")
                .isEqualTo("تقرير آخر عن موضوع مختلف تماما.");
    }

    @Test
    void theLeadKeyIgnoresPunctuationDiacriticsAndSpacing() {
        String marked = KHASHOGGI_LEAD.replace("،", " ,").replace("خطيبها", "خَطيبِها").replace(" ", "  ");
        assertThat(Teasers.keyOf(marked)).isEqualTo(Teasers.keyOf(KHASHOGGI_LEAD)).startsWith(Teasers.PREFIX);
        Collection<String> keys = tagger.corpusKeys("عنوان", KHASHOGGI_LEAD + "\nفقرة ثانية");
        assertThat(keys).contains(Teasers.leadKey(KHASHOGGI_LEAD));
    }
}
