package org.khabar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static ParsedFeed parse(String s) throws FeedParseException {
        return FeedParser.parse(s.getBytes(StandardCharsets.UTF_8), "application/xml", null);
    }

    @Test
    void rss20Arabic() throws Exception {
        ParsedFeed f = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>الجزيرة</title><link>https://aljazeera.example/</link><language>ar</language>
                <item><title>قمة عربية في الرياض</title><link>https://aljazeera.example/news/1</link>
                  <guid isPermaLink="false">abc-1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 +0300</pubDate>
                  <dc:creator>محمد علي</dc:creator><category>سياسة</category>
                  <description>ملخص الخبر</description>
                  <content:encoded><![CDATA[<p>النص الكامل</p>]]></content:encoded></item>
                </channel></rss>""");
        assertThat(f.version).isEqualTo("rss20");
        assertThat(f.bozo).isFalse();
        assertThat(f.feed.title.value()).isEqualTo("الجزيرة");
        ParsedFeed.Entry e = f.entries.get(0);
        assertThat(e.title.value()).isEqualTo("قمة عربية في الرياض");
        assertThat(e.guid).isEqualTo("abc-1");
        assertThat(e.publishedParsed).hasToString("2026-12-01T07:00:00Z");
        assertThat(e.author.name()).isEqualTo("محمد علي");
        assertThat(e.tags.get(0).term()).isEqualTo("سياسة");
        assertThat(e.summary.value()).isEqualTo("ملخص الخبر");
        assertThat(e.content.get(0).value()).isEqualTo("<p>النص الكامل</p>");
    }

    @Test
    void atom10WithXhtmlAndRelativeLinks() throws Exception {
        ParsedFeed f = FeedParser.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar" xml:base="https://ex.org/news/">
                <title type="text">خلاصة</title><id>urn:x</id><updated>2026-11-30T12:00:00Z</updated>
                <entry><title>عنوان</title><id>urn:1</id><link href="item1"/>
                <updated>2026-11-30T12:00:00+02:00</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>فقرة <a href="x">رابط</a></p></div></content>
                </entry></feed>""", null);
        assertThat(f.version).isEqualTo("atom10");
        ParsedFeed.Entry e = f.entries.get(0);
        assertThat(e.link).isEqualTo("https://ex.org/news/item1");
        assertThat(e.id).isEqualTo("urn:1");
        assertThat(e.updatedParsed).hasToString("2026-11-30T10:00:00Z");
        assertThat(e.content.get(0).value()).isEqualTo("<p>فقرة <a href=\"https://ex.org/news/x\">رابط</a></p>");
        assertThat(e.title.language()).isEqualTo("ar");
    }

    @Test
    void rss10Rdf() throws Exception {
        ParsedFeed f = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://ex.org/"><title>DW</title><link>https://ex.org/</link></channel>
                <item rdf:about="https://ex.org/a"><title>خبر</title><link>https://ex.org/a</link>
                <dc:date>2026-11-30T08:00:00Z</dc:date></item></rdf:RDF>""");
        assertThat(f.version).isEqualTo("rss10");
        assertThat(f.entries).hasSize(1);
        assertThat(f.entries.get(0).updatedParsed).hasToString("2026-11-30T08:00:00Z");
    }

    @Test
    void atom03() throws Exception {
        ParsedFeed f = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title>
                <entry><title>e</title><link rel="alternate" type="text/html" href="https://ex.org/e"/>
                <issued>2026-11-30T08:00:00Z</issued><content type="text/html" mode="escaped">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>""");
        assertThat(f.version).isEqualTo("atom03");
        assertThat(f.entries.get(0).link).isEqualTo("https://ex.org/e");
        assertThat(f.entries.get(0).content.get(0).value()).isEqualTo("<b>x</b>");
    }

    @Test
    void jsonFeed() throws Exception {
        ParsedFeed f = parse("""
                {"version":"https://jsonfeed.org/version/1.1","title":"عنب","items":[
                 {"id":"1","url":"https://ex.org/1","title":"خبر","content_html":"<p>x</p><script>alert(1)</script>",
                  "date_published":"2026-11-30T08:00:00Z"}]}""");
        assertThat(f.version).isEqualTo("json11");
        assertThat(f.entries.get(0).content.get(0).value()).isEqualTo("<p>x</p>");
        assertThat(f.entries.get(0).publishedParsed).hasToString("2026-11-30T08:00:00Z");
    }

    @Test
    void windows1256Feed() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
                + "<item><title>مصر</title><link>https://ex.org/1</link></item></channel></rss>";
        ParsedFeed f = FeedParser.parse(xml.getBytes(Charset.forName("windows-1256")), "text/xml", null);
        assertThat(f.feed.title.value()).isEqualTo("أخبار");
        assertThat(f.entries.get(0).title.value()).isEqualTo("مصر");
        assertThat(f.encoding).isEqualTo("windows-1256");
    }

    @Test
    void xxeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedParseException.class).hasMessageContaining("DTD entities");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            sb.append("\">");
        }
        sb.append("]><rss><channel><title>&lol9;</title></channel></rss>");
        assertThatThrownBy(() -> parse(sb.toString())).isInstanceOf(FeedParseException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void plainDoctypeIsTolerated() throws Exception {
        ParsedFeed f = parse("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel>"
                + "<title>old&nbsp;feed</title></channel></rss>");
        assertThat(f.feed.title.value()).isEqualTo("old\u00a0feed");
        assertThat(f.bozo).isFalse();
    }

    @Test
    void htmlPageIsNotAFeed() {
        assertThatThrownBy(() -> parse("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</body></html>"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("HTML page");
    }

    @Test
    void scriptOnerrorAndJavascriptLinksAreRemoved() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel><item><link>https://ex.org/1</link><description><![CDATA["
                + "<p onclick=\"steal()\">نص</p><script>alert(1)</script><img src=\"https://ex.org/i.png\" onerror=\"x()\">"
                + "<a href=\"javascript:alert(1)\">رابط</a>]]></description></item></channel></rss>");
        String html = f.entries.get(0).summary.value();
        assertThat(html).doesNotContain("script", "onerror", "onclick", "javascript:")
                .contains("<p>نص</p>", "<img src=\"https://ex.org/i.png\" />", "رابط");
    }

    @Test
    void truncatedFeedIsLenientAndFlagged() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel><title>t</title><item><title>one</title>"
                + "<link>https://ex.org/1</link></item><item><title>tw");
        assertThat(f.bozo).isTrue();
        assertThat(f.bozoMessage).contains("ill-formed");
        assertThat(f.entries).isNotEmpty();
        assertThat(f.entries.get(0).title.value()).isEqualTo("one");
    }

    @Test
    void emptyAndGarbageAreClearErrors() {
        assertThatThrownBy(() -> parse("   ")).isInstanceOf(FeedParseException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("{\"a\":1}")).isInstanceOf(FeedParseException.class)
                .hasMessageContaining("JSON Feed");
    }

    @Test
    void newsSitemap() throws Exception {
        String xml = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>https://ex.org/a</loc><news:news><news:publication><news:name>X</news:name>
                <news:language>ar</news:language></news:publication>
                <news:publication_date>2026-11-30T08:00:00Z</news:publication_date>
                <news:title>عنوان الخبر</news:title></news:news></url></urlset>""";
        SitemapReader.Result r = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml", "https://ex.org/sitemap.xml");
        assertThat(r.isIndex()).isFalse();
        ParsedFeed.Entry e = r.feed().entries.get(0);
        assertThat(e.link).isEqualTo("https://ex.org/a");
        assertThat(e.title.value()).isEqualTo("عنوان الخبر");
        assertThat(e.publishedParsed).hasToString("2026-11-30T08:00:00Z");
    }

    @Test
    void sitemapIndex() throws Exception {
        String xml = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://ex.org/s1.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
                <sitemap><loc>https://ex.org/s2.xml</loc><lastmod>2026-11-01</lastmod></sitemap></sitemapindex>""";
        SitemapReader.Result r = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml", "https://ex.org/i.xml");
        assertThat(r.isIndex()).isTrue();
        assertThat(r.childSitemaps()).containsExactly("https://ex.org/s2.xml", "https://ex.org/s1.xml");
    }
}
