package org.khabar.extract.date;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DateRulesTest {
    private static DatePage page(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return DatePage.of(doc, url);
    }

    private static String found(DateRule rule, String html, String url) {
        return rule.find(page(html, url)).map(d -> d.date().toString()).orElse(null);
    }

    @Test
    void jsonLdPrefersArticleOverWebPageAndPublishedOverCreated() {
        String html = "<script type='application/ld+json'>[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
                + "{\"@type\":[\"NewsArticle\"],\"dateCreated\":\"2020-02-01\",\"datePublished\":\"2020-03-05T10:00:00+03:00\"}]</script>";
        assertThat(found(new JsonLdDate(), html, "")).isEqualTo("2020-03-05");
    }

    @Test
    void jsonLdToleratesTrailingCommasAndSkipsBrokenBlocks() {
        String html = "<script type='application/ld+json'>{ this is not json</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-03-05\",}</script>";
        assertThat(found(new JsonLdDate(), html, "")).isEqualTo("2020-03-05");
    }

    @Test
    void metaOpenGraphAndItemprop() {
        assertThat(found(new MetaDate(), "<meta property='article:published_time' content='2020-08-24T12:00:00+02:00'>", ""))
                .isEqualTo("2020-08-24");
        assertThat(found(new MetaDate(), "<meta name='pubdate' content='20200824'><span itemprop='datePublished' content='2020-08-25'>x</span>", ""))
                .isEqualTo("2020-08-25");
        assertThat(found(new MetaDate(), "<meta property='article:modified_time' content='2020-08-24'>", "")).isNull();
    }

    @Test
    void timeElementMarkedAsPublishedBeatsEarlierUnmarkedAndModified() {
        String html = "<time class='updated' datetime='2021-01-02'>x</time><time datetime='2020-01-01'>x</time>"
                + "<span class='published'><time datetime='2020-05-06T10:00:00Z'>x</time></span>";
        assertThat(found(new TimeElementDate(), html, "")).isEqualTo("2020-05-06");
        assertThat(found(new TimeElementDate(), "<time>٣ يونيو ٢٠٢٠</time>", "")).isEqualTo("2020-06-03");
    }

    @Test
    void urlForms() {
        UrlDate rule = new UrlDate();
        assertThat(rule.fromUrl("https://www.youm7.com/story/2020/8/24/وزير/4943459").map(d -> d.date().toString())).contains("2020-08-24");
        assertThat(rule.fromUrl("https://www.albayan.ae/across/2020-06-03-1.3874341").map(d -> d.date().toString())).contains("2020-06-03");
        assertThat(rule.fromUrl("https://arabic.sputniknews.com/arab_world/202003171044893040-x/").map(d -> d.date().toString())).contains("2020-03-17");
        assertThat(rule.fromUrl("https://www.beirutobserver.com/2020/11/2338761/")).isEmpty();
        assertThat(rule.fromUrl("https://example.com/article/123456")).isEmpty();
        assertThat(rule.fromUrl(null)).isEmpty();
    }

    @Test
    void textDateReadsDateLabelledElementsNotRelatedLists() {
        String html = "<div class='related'>٢ يناير ٢٠١٩</div><div class='post-meta'><span class='date'>نشر في ٢٤ آب ٢٠٢٠</span></div>";
        assertThat(found(new TextDate(), html, "")).isEqualTo("2020-08-24");
    }

    @Test
    void finderTriesRulesInOrderOfTrust() {
        String html = "<meta property='article:published_time' content='2020-01-01'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-02-02\"}</script>";
        Optional<PublishedDate> d = new DateFinder().find(page(html, "https://x.example/2020/03/03/a"));
        assertThat(d).isPresent();
        assertThat(d.get().date()).hasToString("2020-02-02");
        assertThat(d.get().rule()).isEqualTo("json-ld");
        Optional<PublishedDate> url = new DateFinder().find(page("<p>no date</p>", "https://x.example/2020/03/03/a"));
        assertThat(url.map(PublishedDate::rule)).contains("url");
        assertThat(new DateFinder(List.of(new MetaDate())).find(page("<p>x</p>", ""))).isEmpty();
    }
}
