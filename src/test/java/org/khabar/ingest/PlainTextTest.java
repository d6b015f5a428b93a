package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    /** The fast path for letters must not change which characters count as space, for any char. */
    @Test
    void everyCharIsASpaceExactlyWhenJavaSaysItIsWhitespaceOrASpaceChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean java = c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(PlainText.isSpace(c)).as("U+%04X", i).isEqualTo(java);
        }
    }

    @Test
    void entitiesAreDecodedExactlyOnce() {
        assertThat(PlainText.line("أرامكو &amp;amp; سابك")).isEqualTo("أرامكو &amp; سابك");
        assertThat(PlainText.line("&quot;قال&quot; &#8220;نعم&#8221; &ndash; S&P")).isEqualTo("\"قال\" “نعم” – S&P");
        assertThat(PlainText.paragraphs("AT&amp;T &lt;b&gt;")).isEqualTo("AT&T <b>");
    }

    @Test
    void aScriptTagInATitleStaysLiteralText() {
        assertThat(PlainText.line("كيف تعمل وسوم <script>alert(1)</script>"))
                .isEqualTo("كيف تعمل وسوم <script>alert(1)</script>");
        assertThat(PlainText.line("x < y و y > z")).isEqualTo("x < y و y > z");
    }

    @Test
    void markupInABodyBecomesParagraphsAndScriptsAreDropped() {
        assertThat(PlainText.paragraphs("<p>الأولى</p><p>الثانية <b>بخط</b><br>سطر</p><script>alert(1)</script>"))
                .isEqualTo("الأولى\nالثانية بخط\nسطر");
    }

    @Test
    void linesThatCarryNoTextOnTheirOwnAreDroppedFromBodies() {
        assertThat(PlainText.paragraphs("قال الوزير إن المحادثات مستمرة.\nاقرأ أيضاً:\nوأضاف أن الوفد يصل غدا.\n"
                + "الاثنين 24 أغسطس 2020"))
                .isEqualTo("قال الوزير إن المحادثات مستمرة.\nوأضاف أن الوفد يصل غدا.");
        assertThat(PlainText.paragraphs("اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه اعتداء\n"
                + "لا علاقة باعتداءات 13 نوفمبر/تشرين الثاني 2015 في باريس"))
                .as("a read-also line with its title, and a subheading that mentions a date, are text")
                .isEqualTo("اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه اعتداء\n"
                        + "لا علاقة باعتداءات 13 نوفمبر/تشرين الثاني 2015 في باريس");
        assertThat(PlainText.paragraphs("اقرأ أيضاً:\nنص الخبر.\nالمزيد\nفقرة أخيرة.")).isEqualTo("نص الخبر.\nفقرة أخيرة.");
        assertThat(PlainText.paragraphs("اقرأ أيضاً:")).as("never emptied").isEqualTo("اقرأ أيضاً:");
    }

    @Test
    void textThatMerelyContainsALessThanSignIsNotParsedAsHtml() {
        assertThat(PlainText.paragraphs("نسبة < 5% من السكان\nفقرة ثانية")).isEqualTo("نسبة < 5% من السكان\nفقرة ثانية");
    }

    @Test
    void whitespaceIsNormalisedAndBlankParagraphsDropped() {
        assertThat(PlainText.paragraphs(" الأولى\u00A0 \t مع مسافة \r\n\n \n  الثانية  \n")).isEqualTo("الأولى مع مسافة\nالثانية");
        assertThat(PlainText.line(" عنوان\nعلى سطرين ")).isEqualTo("عنوان على سطرين");
        assertThat(PlainText.paragraphs(" \n ")).isEmpty();
        assertThat(PlainText.paragraphs(null)).isNull();
        assertThat(PlainText.line("عنوان\u0000 مع\u001B محارف تحكم")).isEqualTo("عنوان مع محارف تحكم");
        // the zero-width non-joiner is meaningful in Persian and Urdu text and stays
        assertThat(PlainText.line("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }
}
