package org.khabar.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringAndCleaningTest {
    private static final String PARA = "<p>هذه فقرة طويلة من نص المقال، فيها فواصل، وجمل متتابعة تشبه النثر الصحفي المعتاد في المواقع الإخبارية.</p>";

    @Test
    void proseContainerOutscoresLinkList() {
        Element body = Jsoup.parse("<div id='links'>" + "<p><a href='#'>رابط طويل إلى خبر آخر في الموقع الإخباري نفسه</a></p>".repeat(6)
                + "</div><div id='story'>" + PARA.repeat(4) + "</div>").body();
        LinkDensity density = new LinkDensity();
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        Map<Element, Double> scores = new BlockScorer(density, true).score(blocks);
        Element story = body.getElementById("story"), links = body.getElementById("links");
        assertThat(scores.get(story)).isGreaterThan(scores.getOrDefault(links, 0.0));
        assertThat(scores.getOrDefault(links, 0.0)).isZero(); // link density 1 scales it to nothing
        assertThat(new ContentSelector(density).select(scores, blocks)).containsExactly(story);
    }

    @Test
    void classWeightRewardsContentNamesAndPenalisesCommentNames() {
        Element e = Jsoup.parse("<div class='article-content'></div><div id='comments'></div>").body();
        assertThat(ClassWeight.of(e.child(0))).isEqualTo(25);
        assertThat(ClassWeight.of(e.child(1))).isEqualTo(-25);
    }

    @Test
    void selectorAddsProseSiblingsOfTheRoot() {
        Element body = Jsoup.parse("<div id='wrap'><div id='story'>" + PARA.repeat(4) + "</div>"
                + "<p id='tail'>فقرة أخيرة متصلة بالمقال وفيها ما يكفي من النص ليعد جزءا منه بلا روابط تذكر في داخله.</p>"
                + "<div id='ad'><a href='#'>إعلان</a></div></div>").body();
        LinkDensity density = new LinkDensity();
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        List<Element> roots = new ContentSelector(density).select(new BlockScorer(density, true).score(blocks), blocks);
        assertThat(roots).extracting(Element::id).containsExactly("story", "tail");
    }

    @Test
    void cleanerRemovesEmbeddedLinkListsAndGalleriesButKeepsProse() {
        Element root = Jsoup.parse("<div id='root'>" + PARA
                + "<div class='inline-related'><a href='#'>خبر ذو صلة أول</a> <a href='#'>خبر ذو صلة ثان</a></div>"
                + "<div class='gallery'><img src='a'><img src='b'><img src='c'></div>"
                + "<ul><li><a href='#'>رابط</a></li><li><a href='#'>رابط آخر</a></li></ul>"
                + "<div>" + PARA + "</div></div>").body().child(0);
        new ContentCleaner(new LinkDensity(), true).clean(root, Map.of());
        assertThat(root.select("a")).isEmpty();
        assertThat(root.select("img")).isEmpty();
        assertThat(root.select("p")).hasSize(2);
    }

    @Test
    void paragraphFilterDropsLinkHeavyLinesCallsToActionAndTheTitle() {
        Element body = Jsoup.parse("<div><h1>العنوان</h1><h2>عنوان المقال</h2><p>اقرأ أيضا: <a href='#'>خبر آخر طويل العنوان جدا</a></p>"
                + "<p>شارك على فيسبوك</p><p>Advertisement</p>" + PARA + "<h3>عنوان فرعي</h3></div>").body();
        ParagraphFilter f = new ParagraphFilter();
        List<String> out = f.paragraphs(BlockSegmenter.segment(body), "عنوان المقال");
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).isEqualTo("عنوان فرعي");
        assertThat(f.dropped()).contains(ParagraphFilter.Rule.H1, ParagraphFilter.Rule.TITLE_REPEAT,
                ParagraphFilter.Rule.LINK_HEAVY, ParagraphFilter.Rule.BOILERPLATE_PHRASE);
    }

    @Test
    void callToActionLabelsGoButSentencesOpeningWithTheSameVerbsStay() {
        String labels = "<p>شارك على فيسبوك</p><p>شاركها عبر تويتر</p><p>اقرأ أيضاً:</p><p>إقرأ ايضا</p><p>المزيد</p>"
                + "<p>أرسل لصديق</p><p>التعليقات (3)</p><p>اشترك في النشرة البريدية</p>";
        String sentences = "<p>شارك أكثر من مئة رجل وصبي في أعمال الحفر.</p><p>شارك في أعمال سينمائية مميزة منها:</p>"
                + "<p>أرسل الرئيس وفدا إلى القاهرة</p><p>المزيد من القتلى سقطوا أمس</p>"
                + "<p>اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه اعتداء</p><p>التعليقات التي أدلى بها الوزير أثارت جدلا</p>";
        Element body = Jsoup.parse("<div>" + labels + sentences + "</div>").body();
        ParagraphFilter f = new ParagraphFilter();
        assertThat(f.paragraphs(BlockSegmenter.segment(body), "")).containsExactly(
                "شارك أكثر من مئة رجل وصبي في أعمال الحفر.", "شارك في أعمال سينمائية مميزة منها:",
                "أرسل الرئيس وفدا إلى القاهرة", "المزيد من القتلى سقطوا أمس",
                "اقرأ أيضا: ترامب يصف تفتيش مكتب محاميه بأنه اعتداء", "التعليقات التي أدلى بها الوزير أثارت جدلا");
        assertThat(f.dropped()).hasSize(8).containsOnly(ParagraphFilter.Rule.BOILERPLATE_PHRASE);
    }

    @Test
    void paragraphFilterDropsDatelinesAndBylinesButNotSentencesWithDates() {
        Element body = Jsoup.parse("<div><div class='post-meta'>بقلم خالد</div><p>الاثنين ٢٤ آب ٢٠٢٠ - ١٠:٣٠</p>"
                + "<p>The meeting is set for March 3, 2020.</p><p>وشارك في اللقاء وفد كبير.</p></div>").body();
        ParagraphFilter f = new ParagraphFilter();
        assertThat(f.paragraphs(BlockSegmenter.segment(body), ""))
                .containsExactly("The meeting is set for March 3, 2020.", "وشارك في اللقاء وفد كبير.");
        assertThat(f.dropped()).containsExactly(ParagraphFilter.Rule.BYLINE_OR_DATE, ParagraphFilter.Rule.BYLINE_OR_DATE);
    }
}
