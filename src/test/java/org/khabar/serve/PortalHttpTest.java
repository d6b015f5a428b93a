package org.khabar.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal over real HTTP on loopback, backed by the in-memory read side over {@link FixtureNews}. */
class PortalHttpTest {
    static final int PAGE_SIZE = 10;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0).withPageSize(PAGE_SIZE));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Document page(String path, int expectedStatus) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        return Jsoup.parse(r.body(), "http://127.0.0.1/");
    }

    @Test
    void homeIsArabicRtlAndListsTopStoriesNotArticles() {
        Document home = page("/", 200);
        assertThat(home.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(home.select(".brand").text()).isEqualTo("خبر");
        assertThat(home.select("h1").text()).isEqualTo("أهم القصص");
        assertThat(home.select("a.latest-link").attr("href")).isEqualTo("/latest");
        assertThat(home.select("header.site nav a[href=/latest]")).hasSize(1);

        // the NATO story leads: two outlets and the newest report; its card links its lead and its full coverage
        Element top = home.selectFirst("ol.stories > li.story-card");
        assertThat(top.select("a.title").text()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(top.select("a.title").attr("href")).isEqualTo("/articles/" + FixtureNews.NATO_ID);
        assertThat(top.select("a.full-coverage").attr("href")).isEqualTo("/stories/" + FixtureNews.NATO_STORY_ID);
        assertThat(top.select("a.full-coverage").text()).isEqualTo("التغطية الكاملة: 3 تقارير من مصدرين");
        assertThat(top.select(".outlet-names a").eachText()).containsExactly(FixtureNews.RT.name(), FixtureNews.BAWABA.name());
        // a story is listed once, by one report: neither its other reports nor the copy appear
        for (long id : List.of(FixtureNews.NATO_COPY_ID, FixtureNews.NATO_FIRST_REPORT_ID, FixtureNews.NATO_OTHER_REPORT_ID)) {
            assertThat(home.select("a[href=/articles/" + id + "]")).as("article %d", id).isEmpty();
        }

        long stories = FixtureNews.readSide().topStories(0, 1000).total();
        assertThat(stories).isGreaterThan(PAGE_SIZE);
        List<String> coverage = new ArrayList<>(home.select("a.full-coverage").eachAttr("href"));
        assertThat(coverage).hasSize(PAGE_SIZE);
        assertThat(home.select(".pager a[rel=next]").attr("href")).isEqualTo("/?page=2");
        for (int p = 2; p <= (stories + PAGE_SIZE - 1) / PAGE_SIZE; p++) {
            coverage.addAll(page("/?page=" + p, 200).select("a.full-coverage").eachAttr("href"));
        }
        assertThat(coverage).hasSize((int) stories).doesNotHaveDuplicates();
        page("/?page=99", 404);

        // the tags of the moment lead to their pages, on the first page only
        List<String> popular = home.select("nav.popular-tags a").eachText();
        assertThat(popular).isNotEmpty().isEqualTo(FixtureNews.readSide().popularTags(12).stream()
                .map(t -> t.label()).toList());
        assertThat(home.select("nav.popular-tags a").first().attr("href")).isEqualTo(Links.tag(popular.get(0)));
        assertThat(page("/?page=2", 200).select("nav.popular-tags")).isEmpty();
    }

    @Test
    void theFirstLinkOfEveryPageSkipsToItsContent() {
        for (String path : new String[] {"/", "/latest", "/sources", "/search?q=" + java.net.URLEncoder.encode("كييف",
                java.nio.charset.StandardCharsets.UTF_8)}) {
            Document doc = page(path, 200);
            assertThat(doc.selectFirst("body a").attr("href")).as(path).isEqualTo("#main");
            assertThat(doc.selectFirst("main").id()).as(path).isEqualTo("main");
        }
    }

    @Test
    void latestListsCanonicalArticlesNewestFirstPaginated() {
        Document latest = page("/latest", 200);
        assertThat(latest.selectFirst("html").attr("dir")).isEqualTo("rtl");
        List<String> titles = latest.select("ol.teasers .title").eachText();
        assertThat(titles).hasSize(PAGE_SIZE);
        assertThat(titles.get(0)).isEqualTo(FixtureNews.NATO_TITLE);
        // the RT copy of the NATO story is a duplicate, so the story is listed once
        assertThat(latest.select("a[href=/articles/" + FixtureNews.NATO_COPY_ID + "]")).isEmpty();

        long canonical = FixtureNews.articles().stream().filter(a -> a.isCanonical()).count();
        long pages = (canonical + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(latest.select(".pager .where").text()).isEqualTo("صفحة 1 من " + pages);
        assertThat(latest.select(".pager a[rel=next]").attr("href")).isEqualTo("/latest?page=2");

        Set<String> seen = new HashSet<>(titles);
        for (int p = 2; p <= pages; p++) {
            List<String> more = page("/latest?page=" + p, 200).select("ol.teasers .title").eachText();
            assertThat(more).isNotEmpty().allMatch(seen::add);
        }
        assertThat(seen).hasSize((int) canonical);
    }

    @Test
    void storyPageGroupsReportsByOutletAndShowsTheFirstReportAndTheCopies() {
        Document doc = page("/stories/" + FixtureNews.NATO_STORY_ID, 200);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(doc.select(".coverage .kicker").text()).isEqualTo("التغطية الكاملة");
        assertThat(doc.select(".coverage h1").text()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(doc.select(".coverage .count").text()).startsWith("3 تقارير من مصدرين، ونسخة واحدة");
        assertThat(doc.select(".first-report .outlet").text()).isEqualTo(FixtureNews.RT.name());
        assertThat(doc.select(".copied-by .copier").eachText()).containsExactly(FixtureNews.RT.name() + " (1)");

        // outlets in the order they first reported; each outlet's reports oldest first
        List<Element> outlets = doc.select("section.outlet-coverage");
        assertThat(outlets).extracting(o -> o.select("h2 a").text())
                .containsExactly(FixtureNews.RT.name(), FixtureNews.BAWABA.name());
        assertThat(outlets.get(0).select("li.report > a.title").eachAttr("href"))
                .containsExactly("/articles/" + FixtureNews.NATO_FIRST_REPORT_ID);
        assertThat(outlets.get(1).select("li.report > a.title").eachAttr("href"))
                .containsExactly("/articles/" + FixtureNews.NATO_OTHER_REPORT_ID, "/articles/" + FixtureNews.NATO_ID);
        assertThat(outlets.get(1).select(".n").text()).isEqualTo("تقريران");
        // the first report carries the badge; the copy is listed under the report it copies, not as a report
        assertThat(doc.select("li.report.first > a.title").attr("href")).isEqualTo("/articles/" + FixtureNews.NATO_FIRST_REPORT_ID);
        assertThat(doc.select("li.report.first .badge").text()).isEqualTo("السبق");
        Element nato = outlets.get(1).select("li.report").get(1);
        assertThat(nato.select(".copies a").eachAttr("href")).containsExactly("/articles/" + FixtureNews.NATO_COPY_ID);
        assertThat(nato.select(".copies a").text()).isEqualTo(FixtureNews.RT.name());
        List<String> linked = doc.select("a[href^=/articles/]").eachAttr("href");
        assertThat(linked).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void aMergedStoryMovesPermanentlyAndUnknownStoriesAreNotFound() {
        HttpResponse<String> r = http.get("/stories/" + FixtureNews.MERGED_STORY_ID);
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/stories/" + FixtureNews.NATO_STORY_ID);
        for (String path : List.of("/stories/987654", "/stories/abc", "/stories/0", "/stories/-3")) {
            Document doc = page(path, 404);
            assertThat(doc.select("h1").text()).as(path).isEqualTo("الصفحة غير موجودة");
        }
    }

    @Test
    void articlePageLinksItsStoryAndACopyLinksItsOriginalsStory() {
        for (long id : List.of(FixtureNews.NATO_ID, FixtureNews.NATO_COPY_ID)) {
            Element link = page("/articles/" + id, 200).selectFirst(".story-link a");
            assertThat(link.attr("href")).as("article %d", id).isEqualTo("/stories/" + FixtureNews.NATO_STORY_ID);
            assertThat(link.text()).isEqualTo("التغطية الكاملة لهذه القصة: 3 تقارير من مصدرين");
        }
        assertThat(page("/articles/" + FixtureNews.LONELY_ID, 200).selectFirst(".story-link a").text())
                .endsWith("تقرير واحد من مصدر واحد");
    }

    @Test
    void articlePageCarriesEverythingTheOutletPageDoes() {
        Document doc = page("/articles/" + FixtureNews.NATO_ID, 200);
        assertThat(doc.select("article.story h1").text()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(doc.select("article.story time").first().text()).isEqualTo("الأحد 18 فبراير 2018، 21:35");
        Element sourceLine = doc.selectFirst(".source-line");
        assertThat(sourceLine.text()).contains("المصدر").contains(FixtureNews.BAWABA.name());
        assertThat(sourceLine.select("a.original").attr("href")).isEqualTo("https://example.org/albawaba/1");
        assertThat(doc.select(".body p")).hasSize(3);
        assertThat(doc.select(".tags a").eachAttr("href"))
                .contains("/tags/%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88", "/tags/%D9%83%D9%8A%D9%8A%D9%81");
        assertThat(doc.select(".tags a").eachText()).containsExactly("الناتو", "الأسلحة", "الخارجية الروسية", "كييف", "الصراع");
        assertThat(doc.select(".read-also h2").text()).isEqualTo("اقرأ أيضاً");
        assertThat(doc.select(".read-also a.title")).hasSize(1);
        assertThat(doc.select(".similar h2").text()).isEqualTo("مقالات مشابهة");
        assertThat(doc.select(".similar ol > li")).hasSize(10);
        assertThat(doc.select(".similar .why").first().text()).startsWith("مشترك: ");
        assertThat(doc.select(".also-published h2").text()).isEqualTo("نُشر أيضاً في");
        assertThat(doc.select(".also-published a").first().text()).isEqualTo(FixtureNews.RT.name());
        assertThat(doc.select(".also-published a").first().attr("href")).isEqualTo("/articles/" + FixtureNews.NATO_COPY_ID);
        // search results and link previews: the outlet's page is canonical, the lead describes, the tags are keywords
        assertThat(doc.select("head link[rel=canonical]").attr("href")).isEqualTo("https://example.org/albawaba/1");
        assertThat(doc.select("head meta[name=description]").attr("content"))
                .isEqualTo("صرحت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، أن خطط حلف الناتو لإرسال الأسلحة"
                        + " إلى كييف تظهر تورط الحلف.");
        assertThat(doc.select("head meta[name=keywords]").attr("content"))
                .isEqualTo("الناتو، الأسلحة، الخارجية الروسية، كييف، الصراع");
        assertThat(doc.select("head meta[property=og:title]").attr("content")).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(java.time.OffsetDateTime.parse(doc.select("head meta[property=article:published_time]").attr("content"))
                .toInstant()).isEqualTo(FixtureNews.NATO_PUBLISHED);
        assertThat(doc.select("head meta[property=article:tag]").eachAttr("content")).hasSize(5).contains("كييف");
    }

    @Test
    void articleWithoutRelatedItemsLeavesThoseSectionsOut() {
        Document doc = page("/articles/" + FixtureNews.LONELY_ID, 200);
        assertThat(doc.select(".read-also, .similar, .also-published")).isEmpty();
        assertThat(doc.select(".tags a").eachAttr("href")).containsExactly(Links.tag(FixtureNews.SLASH_TAG));
    }

    @Test
    void articlePageNeverRepeatsAnItemNorShowsItselfNorItsOwnStory() {
        for (long id : List.of(FixtureNews.NATO_ID, FixtureNews.NATO_COPY_ID, 10L, 15L, 100L)) {
            Document doc = page("/articles/" + id, 200);
            List<String> links = new ArrayList<>();
            links.addAll(doc.select(".read-also a.title").eachAttr("href"));
            links.addAll(doc.select(".similar a.title").eachAttr("href"));
            links.addAll(doc.select(".also-published a[href^=/articles/]").eachAttr("href"));
            assertThat(links).as("article %d", id).doesNotHaveDuplicates().doesNotContain("/articles/" + id);
            if (id == FixtureNews.NATO_ID || id == FixtureNews.NATO_COPY_ID) {
                assertThat(doc.select(".read-also a.title, .similar a.title").eachAttr("href")).doesNotContain(
                        "/articles/" + FixtureNews.NATO_FIRST_REPORT_ID, "/articles/" + FixtureNews.NATO_OTHER_REPORT_ID);
            }
        }
    }

    @Test
    void markupInTitleBodyAndTagIsShownAsText() {
        HttpResponse<String> r = http.get("/articles/" + FixtureNews.HOSTILE_ID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<i>وسم")
                .contains("&lt;script&gt;");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        // its "original" URL is a javascript: URL, so it is not linked at all
        assertThat(doc.select("a[href~=(?i)^\\s*javascript]")).isEmpty();
        assertThat(doc.select("a.original")).isEmpty();
        assertThat(doc.select("link[rel=canonical]")).isEmpty();
        assertThat(doc.select("head meta[name=description]").attr("content")).startsWith("<img src=x onerror=alert(1)>");
        assertThat(doc.select("article.story h1").text()).isEqualTo(FixtureNews.HOSTILE_TITLE);
        assertThat(doc.select(".body").text()).contains("<img src=x onerror=alert(1)>").contains("<b>غامق</b> & نص");
        assertThat(doc.select(".tags a").eachText()).contains("<i>وسم</i>");
        // and in lists
        Document list = page("/sources/rt", 200);
        assertThat(list.select("script")).isEmpty();
        assertThat(list.select(".title").eachText()).contains(FixtureNews.HOSTILE_TITLE);
    }

    @Test
    void tagPageResolvesSurfaceFormsAndPaginates() {
        Document doc = page("/tags/" + Links.encodePathSegment("الناتو"), 200);
        assertThat(doc.select("h1").text()).isEqualTo("الناتو");
        assertThat(doc.select(".kicker").text()).isEqualTo("وسم");
        List<String> titles = doc.select("ol.teasers .title").eachText();
        assertThat(titles).contains(FixtureNews.NATO_TITLE, "أمين عام الناتو: الحلف سيواصل دعم كييف");
        // another surface form (the key) lands on the same list, shown with the usual label
        Document byKey = page("/tags/" + Links.encodePathSegment("ناتو"), 200);
        assertThat(byKey.select("h1").text()).isEqualTo("الناتو");
        assertThat(byKey.select("ol.teasers .title").eachText()).isEqualTo(titles);

        Document football = page("/tags/" + Links.encodePathSegment("كرة القدم"), 200);
        assertThat(football.select("ol.teasers li")).hasSize(PAGE_SIZE);
        assertThat(football.select(".count").text()).isEqualTo("عدد المقالات: " + FixtureNews.FILLER);
        assertThat(page("/tags/" + Links.encodePathSegment("كرة القدم") + "?page=3", 200).select("ol.teasers li")).hasSize(10);
        page("/tags/" + Links.encodePathSegment("كرة القدم") + "?page=4", 404);
        page("/tags/" + Links.encodePathSegment("لا يوجد"), 404);
        // a label with a slash still has its page (the link encodes it as %2F)
        Document slash = page(Links.tag(FixtureNews.SLASH_TAG), 200);
        assertThat(slash.select("h1").text()).isEqualTo(FixtureNews.SLASH_TAG);
        assertThat(slash.select("ol.teasers .title").eachAttr("href")).containsExactly("/articles/" + FixtureNews.LONELY_ID);
    }

    @Test
    void outletPagesListOnlyThatOutlet() {
        Document outlets = page("/sources", 200);
        assertThat(outlets.select(".outlets a").eachAttr("href")).containsExactlyInAnyOrder(
                "/sources/albawaba", "/sources/rt", "/sources/kooora");
        Document rt = page("/sources/rt", 200);
        assertThat(rt.select("h1").text()).isEqualTo("RT عربي");
        assertThat(rt.select(".site-link a").attr("href")).isEqualTo("https://arabic.rt.com");
        assertThat(rt.select("ol.teasers .outlet").eachText()).isNotEmpty().allMatch("RT عربي"::equals);
        page("/sources/nope", 404);
    }

    @Test
    void searchHighlightsMatchesAndEscapesTheRest() {
        Document doc = page("/search?q=" + Links.encodeQuery("الناتو"), 200);
        assertThat(doc.select("ol.results > li")).isNotEmpty();
        assertThat(doc.select(".snippet mark").eachText()).isNotEmpty().allMatch("الناتو"::equals);
        assertThat(doc.select("input[name=q]").first().attr("value")).isEqualTo("الناتو");
        // the hostile article matches too, and its snippet's markup stays text
        assertThat(doc.select(".snippet img, .snippet b")).isEmpty();
        assertThat(doc.select(".snippet").text()).contains("<img src=x onerror=alert(1)>");

        // Arabic folding is the read side's job; the page passes the query through unchanged
        Document hamza = page("/search?q=" + Links.encodeQuery("امين عام"), 200);
        assertThat(hamza.select(".snippet mark").eachText()).contains("أمين", "عام");

        Document none = page("/search?q=" + Links.encodeQuery("zzzz"), 200);
        assertThat(none.select(".empty").text()).contains("لا نتائج");
        Document form = page("/search", 200);
        assertThat(form.select("form.big-search input[name=q]")).hasSize(1);
        assertThat(form.select("ol.results")).isEmpty();
    }

    @Test
    void searchPaginationKeepsTheQuery() {
        Document doc = page("/search?q=" + Links.encodeQuery("مباراة"), 200);
        String next = doc.select(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search?q=" + Links.encodeQuery("مباراة") + "&page=2");
        assertThat(page(next, 200).select("ol.results > li")).hasSize(PAGE_SIZE);
    }

    @Test
    void aTagPageLeadsToTheTagsItsArticlesAlsoCarryAndAnOutletPageHasNone() {
        Document tag = page("/tags/" + Links.encodePathSegment("الناتو"), 200);
        List<String> related = tag.select("nav.related-tags a").eachText();
        assertThat(related).contains("كييف").doesNotContain("الناتو");
        assertThat(tag.select("nav.related-tags a").eachAttr("href")).allMatch(h -> h.startsWith("/tags/"));
        assertThat(page(tag.select("nav.related-tags a").first().attr("href"), 200).select("h1").text())
                .isEqualTo(related.get(0));
        assertThat(page("/sources/rt", 200).select("nav.related-tags")).isEmpty();
        assertThat(tag.select("p.other-names").text()).contains("حلف شمال الأطلسي").contains("حلف الناتو");
        assertThat(page("/tags/" + Links.encodePathSegment("كييف"), 200).select("p.other-names")).isEmpty();
    }

    @Test
    void aReaderNarrowsASearchToOneOutletAndOrdersItNewestFirstAndEveryLinkKeepsBoth() {
        String base = "/search?q=" + Links.encodeQuery("مباراة");
        Document all = page(base, 200);
        assertThat(all.select("select[name=source] option")).extracting(o -> o.attr("value"))
                .contains("", "rt", "kooora");
        assertThat(all.select("select[name=sort] option[selected]").attr("value")).isEqualTo("relevance");

        Document doc = page(base + "&source=kooora&sort=newest", 200);
        assertThat(doc.select("select[name=source] option[selected]").attr("value")).isEqualTo("kooora");
        assertThat(doc.select("select[name=sort] option[selected]").attr("value")).isEqualTo("newest");
        List<String> times = doc.select("ol.results > li time").eachAttr("datetime");
        assertThat(times).isNotEmpty();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(doc.select("ol.results > li a.outlet").eachText()).containsOnly("كووورة");
        String next = doc.select(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo(base + "&source=kooora&sort=newest&page=2");
        assertThat(doc.select("a.order-switch").attr("href")).isEqualTo(base + "&source=kooora");

        assertThat(http.get(base + "&source=no-such-outlet").statusCode()).isEqualTo(400);
        assertThat(http.get(base + "&sort=oldest").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?page=abc", "/?page=-1", "/?page=0", "/?page=99999999999", "/?page=100001",
            "/?page=%D9%A2", "/sources/rt?page=1.5", "/search?q=x&page=abc"})
    void badParametersGetA400PageWithoutTrace(String path) {
        Document doc = page(path, 400);
        assertThat(doc.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(doc.select("h1").text()).isEqualTo("طلب غير صالح");
        assertNoTrace(doc.outerHtml());
    }

    @Test
    void pageBeyondTheEndIsNotFound() {
        page("/?page=999", 404);
        page("/latest?page=999", 404);
    }

    @Test
    void tenKilobyteQueryIsRefusedCleanly() {
        String q = "ا".repeat(1707); // 6 bytes each once percent-encoded: a 10 KB query string
        HttpResponse<String> r = http.get("/search?q=" + Links.encodeQuery(q));
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoTrace(r.body());
        HttpResponse<String> ascii = http.get("/search?q=" + "a".repeat(10 * 1024));
        assertThat(ascii.statusCode()).isEqualTo(400);
        // the longest accepted query still gets its page
        assertThat(http.get("/search?q=" + "a".repeat(Params.MAX_QUERY_CHARS)).statusCode()).isEqualTo(200);
        assertThat(http.get("/search?q=" + "a".repeat(Params.MAX_QUERY_CHARS + 1)).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownPagesGetAProper404() {
        for (String path : List.of("/nope", "/articles/99999", "/articles/abc", "/articles/-1", "/static/nope.css")) {
            Document doc = page(path, 404);
            assertThat(doc.select("h1").text()).as(path).isEqualTo("الصفحة غير موجودة");
            assertThat(doc.select("a[href=/]")).isNotEmpty();
            assertNoTrace(doc.outerHtml());
        }
    }

    @Test
    void securityHeadersForbidScriptsAndSniffing() {
        HttpResponse<String> r = http.get("/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(r.body()).doesNotContain("<script").doesNotContain(" style=");
        assertThat(http.get("/nope").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void stylesheetAndFontsAreServedFromTheClassPathWithLongCaching() {
        Document home = page("/", 200);
        String css = home.select("link[rel=stylesheet]").attr("href");
        assertThat(css).startsWith("/static/khabar.css?v=");
        HttpResponse<String> cssResponse = http.get(css);
        assertThat(cssResponse.statusCode()).isEqualTo(200);
        assertThat(cssResponse.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(cssResponse.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000");
        assertThat(cssResponse.body()).contains("font-display: swap").doesNotContain("http://").doesNotContain("https://");
        var fontUrls = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(cssResponse.body());
        while (m.find()) {
            fontUrls.add(m.group(1));
        }
        assertThat(fontUrls).hasSize(4);
        for (String font : fontUrls) {
            HttpResponse<byte[]> f = http.getBytes(font);
            assertThat(f.statusCode()).as(font).isEqualTo(200);
            assertThat(new String(f.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("wOF2");
            assertThat(f.headers().firstValue("Cache-Control")).get().asString().contains("immutable");
        }
    }

    static void assertNoTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at io.")
                .doesNotContain("java.lang").doesNotContain("javalin");
    }
}
