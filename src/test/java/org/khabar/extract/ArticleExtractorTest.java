package org.khabar.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void arabicArticleWithJsonLdMenusRelatedLinksAndComments() throws IOException {
        ExtractedArticle a = extractor.extract(fixture("arabic-article-jsonld.html"), "https://alkhabar.example/news/farm");
        assertThat(a.title()).isEqualTo("الحكومة تعلن خطة جديدة لدعم المزارعين");
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("أعلنت الحكومة اليوم");
        assertThat(a.paragraphs().get(3)).startsWith("ويأمل المزارعون");
        assertThat(a.text()).doesNotContain("الرئيسية", "فيسبوك", "اقرأ أيضا", "أخبار ذات صلة", "تعليق من قارئ",
                "الأكثر قراءة", "جميع الحقوق");
        // JSON-LD datePublished wins over the (older) meta date
        assertThat(a.publishedDate()).hasToString("2021-03-15");
        assertThat(a.publishedInstant()).isEqualTo(Instant.parse("2021-03-15T07:30:00Z"));
        assertThat(a.published().rule()).isEqualTo("json-ld");
        assertThat(a.author()).isEqualTo("سارة محمود");
        assertThat(a.imageUrl()).isEqualTo("https://alkhabar.example/images/farm.jpg");
        assertThat(a.canonicalUrl()).isEqualTo("https://alkhabar.example/news/2021/03/15/farm-plan?utm_source=x");
        assertThat(a.lang()).isEqualTo("ar");
        assertThat(a.isArabic()).isTrue();
    }

    @Test
    void divWithBreaksArabicMonthTextDateAndWrongEnglishLangDeclaration() throws IOException {
        ExtractedArticle a = extractor.extract(fixture("arabic-text-date-en-us.html"), "https://observer.example/p/99");
        assertThat(a.declaredLang()).isEqualTo("en-US");
        assertThat(a.lang()).isEqualTo("ar");
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).isEqualTo("افتتاح معرض الكتاب في بيروت بمشاركة واسعة");
        assertThat(a.paragraphs().get(1)).startsWith("افتتح صباح اليوم");
        assertThat(a.text()).doesNotContain("نُشر في"); // the dateline is metadata, not body
        assertThat(a.text()).doesNotContain("اتصل بنا", "Home");
        assertThat(a.publishedDate()).hasToString("2020-08-24");
        assertThat(a.published().rule()).isEqualTo("text");
        assertThat(a.title()).isEqualTo("افتتاح معرض الكتاب في بيروت"); // site name cut from <title>
        assertThat(a.canonicalUrl()).isEqualTo("https://observer.example/p/99");
    }

    @Test
    void pageWithoutAnArticleYieldsNoParagraphs() throws IOException {
        ExtractedArticle a = extractor.extract(fixture("no-article.html"), "https://portal.example/");
        assertThat(a.hasArticle()).isFalse();
        assertThat(a.text()).isEmpty();
        assertThat(a.published()).isNull();
        assertThat(a.lang()).isEqualTo("ar");
    }

    @Test
    void persianPageDeclaredArabicIsPersian() throws IOException {
        ExtractedArticle a = extractor.extract(fixture("persian-article.html"), null);
        assertThat(a.lang()).isEqualTo("fa");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.canonicalUrl()).isNull();
    }

    @Test
    void windows1256BytesAreDecodedFromTheMetaCharset() {
        String html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
                + "<title>خبر</title></head><body><div class='story'><p>" + "وصل الوفد العربي إلى العاصمة صباح اليوم، وعقد اجتماعا مطولا مع المسؤولين. ".repeat(5)
                + "</p></div></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1256"));
        ExtractedArticle a = extractor.extract(bytes, "https://x.example/a");
        assertThat(a.text()).startsWith("وصل الوفد العربي إلى العاصمة");
        assertThat(a.lang()).isEqualTo("ar");
        // the same bytes read as UTF-8 would be mojibake: prove the charset mattered
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("وصل الوفد");
    }

    @Test
    void windows1256BytesWithoutAnyDeclarationOrWithAWrongUtf8OneAreDetected() {
        String html = "<html><head><meta charset='utf-8'></head><body><div><p>" + "أعلن وزير المالية اليوم عن موازنة جديدة للعام المقبل، تتضمن زيادة في الإنفاق. ".repeat(4)
                + "</p></div></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1256"));
        assertThat(extractor.extract(bytes, "text/html", null).text()).startsWith("أعلن وزير المالية");
        assertThat(extractor.extract(bytes, null).text()).startsWith("أعلن وزير المالية");
    }

    @Test
    void httpHeaderCharsetIsUsed() {
        String html = "<p>" + "خبر عاجل من العاصمة عن اجتماع مجلس الوزراء، وقرارات جديدة. ".repeat(5) + "</p>";
        byte[] bytes = html.getBytes(Charset.forName("ISO-8859-6"));
        assertThat(extractor.extract(bytes, "text/html; charset=ISO-8859-6", null).text()).startsWith("خبر عاجل من العاصمة");
    }

    @Test
    void utf8BomIsHonoured() {
        byte[] body = "<p>نص عربي قصير لكنه كاف للاختبار في هذه الحالة بالذات، مع فاصلة.</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(extractor.extract(bytes, null).text()).startsWith("نص عربي قصير");
    }

    @Test
    void emptyAndGarbageInputGiveAnEmptyResultNotAnError() {
        assertThat(extractor.extract("", null).hasArticle()).isFalse();
        assertThat(extractor.extract((String) null, null).title()).isEmpty();
        assertThat(extractor.extract("<<<>>>\u0000<div", "not a url").hasArticle()).isFalse();
        assertThat(extractor.extract(new byte[0], null).hasArticle()).isFalse();
    }

    @Test
    void outputIsPlainTextEvenWhenThePageHidesMarkupInText() {
        String html = "<div class='content'><p>" + "نص المقال الرئيسي، ".repeat(20) + "&lt;script&gt;alert(1)&lt;/script&gt;</p>"
                + "<p>" + "فقرة ثانية من المقال، ".repeat(10) + "<img src=x onerror=alert(1)></p></div>";
        ExtractedArticle a = extractor.extract(html, null);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("onerror", "<img");
        // escaped markup is text the author wrote; it comes out as literal characters, never as live HTML
        assertThat(a.paragraphs().get(0)).endsWith("<script>alert(1)</script>");
    }
}
