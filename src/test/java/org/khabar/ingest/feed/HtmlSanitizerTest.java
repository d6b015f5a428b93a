package org.khabar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void scriptSchemesAreEmptiedEvenWhenObfuscated() {
        assertThat(HtmlSanitizer.clean("<a href=\"javascript:alert(1)\">x</a>", null)).isEqualTo("<a href=\"\">x</a>");
        assertThat(HtmlSanitizer.clean("<a href=\"java&#09;script:alert(1)\">x</a>", null))
                .isEqualTo("<a href=\"\">x</a>");
        assertThat(HtmlSanitizer.clean("<img src=\" JaVaScRiPt:alert(1)\" onerror=\"alert(1)\">", null))
                .isEqualTo("<img src=\"\" />");
        assertThat(HtmlSanitizer.clean("<form action=\"data:text/html,x\"><input></form>", null))
                .isEqualTo("<form action=\"\"><input /></form>");
    }

    @Test
    void relativeUrlsResolveAgainstAWebBase() {
        assertThat(HtmlSanitizer.clean("<a href=\"/p\">x</a>", "http://example.com/feed"))
                .isEqualTo("<a href=\"http://example.com/p\">x</a>");
    }

    @Test
    void styleKeepsOnlyInertDeclarations() {
        assertThat(HtmlSanitizer.clean("<span style=\"color: red; background: url(http://x/y.png)\">t</span>", null))
                .isEqualTo("<span style=\"color: red;\">t</span>");
        assertThat(HtmlSanitizer.clean("<span style=\"width: expression(alert(1))\">t</span>", null))
                .isEqualTo("<span>t</span>");
        assertThat(HtmlSanitizer.clean("<span style=\"-moz-binding: url(x.xml#y)\">t</span>", null))
                .isEqualTo("<span>t</span>");
        assertThat(CssStyleFilter.filter("color: red; ".repeat(400))).isEmpty(); // too long: dropped, no regex blow-up
        assertThat(CssStyleFilter.filter("a-b c-d ".repeat(250) + ": x")).isEmpty();
    }

    @Test
    void scriptsAreRemovedAndIframeTagsDroppedKeepingTheirContent() {
        assertThat(HtmlSanitizer.clean("safe<script>alert(1)</script> <b>text</b>", null))
                .isEqualTo("safe <b>text</b>");
        assertThat(HtmlSanitizer.clean("safe<iframe src=\"http://x/\"> <b>text</b>", null)).isEqualTo("safe <b>text</b>");
    }

    @Test
    void tablePartsWithoutTheirTableSurvive() {
        assertThat(HtmlSanitizer.clean("<td>a</td>", null)).isEqualTo("<td>a</td>");
    }
}
