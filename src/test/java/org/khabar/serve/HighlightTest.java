package org.khabar.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTest {

    @Test
    void marksMatchesAndEscapesEverythingElse() {
        String snippet = "قال <b>\u0001الناتو\u0002</b> & \"كييف\" '\u0001x\u0002'";
        assertThat(Highlight.toHtml(snippet))
                .isEqualTo("قال &lt;b&gt;<mark>الناتو</mark>&lt;/b&gt; &amp; &quot;كييف&quot; &#39;<mark>x</mark>&#39;");
    }

    @Test
    void markupInsideAMatchStaysText() {
        assertThat(Highlight.toHtml("\u0001<script>\u0002")).isEqualTo("<mark>&lt;script&gt;</mark>");
    }

    @Test
    void unbalancedMarkersNeverLeaveATagOpen() {
        assertThat(Highlight.toHtml("a\u0002b\u0001c")).isEqualTo("ab<mark>c</mark>");
        assertThat(Highlight.toHtml("\u0001a\u0001b\u0002\u0002")).isEqualTo("<mark>ab</mark>");
        assertThat(Highlight.toHtml("x\u0000\u0007y")).isEqualTo("xy");
        assertThat(Highlight.toHtml(null)).isEmpty();
    }

    @Test
    void plainTextAndSpansForTheApi() {
        String snippet = "قال \u0001الناتو\u0002 إن \u0001كييف\u0002";
        String plain = Highlight.plain(snippet);
        assertThat(plain).isEqualTo("قال الناتو إن كييف");
        assertThat(Highlight.spans(snippet)).extracting(s -> plain.substring(s.start(), s.end()))
                .containsExactly("الناتو", "كييف");
        assertThat(Highlight.spans("\u0001open")).containsExactly(new Highlight.Span(0, 4));
        assertThat(Highlight.spans("none")).isEmpty();
    }
}
