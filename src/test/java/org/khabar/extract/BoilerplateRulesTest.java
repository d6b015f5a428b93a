package org.khabar.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateRulesTest {
    private static Element body(String html) {
        return Jsoup.parse(html).body();
    }

    @Test
    void nonContentTagsGo() {
        Element b = body("<nav>menu</nav><script>x()</script><aside>side</aside><footer>foot</footer><p>نص المقال</p>");
        BoilerplateRules rules = new BoilerplateRules(true);
        rules.apply(b);
        assertThat(b.text()).isEqualTo("نص المقال");
        assertThat(rules.applied()).containsOnly(BoilerplateRules.Rule.NON_CONTENT_TAG).hasSize(4);
    }

    @Test
    void headerGoesUnlessItHoldsProse() {
        String prose = "جملة طويلة من نص المقال الحقيقي. ".repeat(20);
        Element b = body("<header><a>شعار</a></header><article><header><p>" + prose + "</p></header></article>");
        new BoilerplateRules(true).apply(b);
        assertThat(b.text()).doesNotContain("شعار").contains("جملة طويلة");
    }

    @Test
    void hiddenElementsGo() {
        Element b = body("<div hidden>a</div><div aria-hidden='true'>b</div><div style='display: none'>c</div>"
                + "<div style='visibility:hidden'>d</div><p>e</p>");
        BoilerplateRules rules = new BoilerplateRules(true);
        rules.apply(b);
        assertThat(b.text()).isEqualTo("e");
        assertThat(rules.applied()).containsOnly(BoilerplateRules.Rule.HIDDEN).hasSize(4);
    }

    @Test
    void navigationRolesGo() {
        Element b = body("<div role='navigation'>a</div><div role='complementary'>b</div><div role='main'>c</div>");
        new BoilerplateRules(true).apply(b);
        assertThat(b.text()).isEqualTo("c");
    }

    @Test
    void unlikelyClassNamesGoUnlessTheyAlsoSayContent() {
        Element b = body("<div class='comments-area'>تعليق</div><div id='sidebar'>جانبي</div>"
                + "<div class='related-posts'>ذات صلة</div><div class='article-comments-wrapper main-content'>المحتوى</div>"
                + "<a class='share'>رابط</a>");
        BoilerplateRules rules = new BoilerplateRules(true);
        rules.apply(b);
        assertThat(b.text()).isEqualTo("المحتوى رابط");
        assertThat(rules.applied()).containsOnly(BoilerplateRules.Rule.UNLIKELY_CANDIDATE);
    }

    @Test
    void lenientModeKeepsUnlikelyClassNames() {
        Element b = body("<div class='sidebar'>جانبي</div><nav>قائمة</nav>");
        new BoilerplateRules(false).apply(b);
        assertThat(b.text()).isEqualTo("جانبي");
    }

    @Test
    void lenientModeStillDropsReaderComments() {
        Element b = body("<section class='comments'><p>تعليق قارئ، طويل بما يكفي</p></section><div id='disqus_thread'>د</div>"
                + "<div class='related'>ذات صلة</div><div class='comment-body main-content'>المحتوى</div>");
        BoilerplateRules rules = new BoilerplateRules(false);
        rules.apply(b);
        assertThat(b.text()).isEqualTo("ذات صلة المحتوى");
        assertThat(rules.applied()).containsExactly(BoilerplateRules.Rule.UNLIKELY_CANDIDATE,
                BoilerplateRules.Rule.UNLIKELY_CANDIDATE);
    }

    @Test
    void journalUndoRestoresTheTreeExactly() {
        Element b = body("<div class='sidebar'>a<nav>b</nav>c</div><p>d<script>x</script>e</p><footer>f</footer>");
        String before = b.outerHtml();
        DomJournal journal = new DomJournal();
        new BoilerplateRules(true).apply(b, journal);
        assertThat(b.outerHtml()).isNotEqualTo(before);
        journal.undo();
        assertThat(b.outerHtml()).isEqualTo(before);
    }
}
