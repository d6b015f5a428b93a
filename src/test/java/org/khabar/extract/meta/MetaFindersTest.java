package org.khabar.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaFindersTest {
    private static PageMeta page(String html) {
        return PageMeta.of(Jsoup.parse(html, "https://site.example/a/b.html"));
    }

    @Test
    void titleOrder() {
        assertThat(TitleFinder.find(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"من JSON-LD\"}</script>"
                + "<meta property='og:title' content='من og'><title>من title</title>"))).contains("من JSON-LD");
        assertThat(TitleFinder.find(page("<meta property='og:title' content='من og'><title>من title</title>"))).contains("من og");
        assertThat(TitleFinder.find(page("<h1> عنوان   الصفحة </h1>"))).contains("عنوان الصفحة");
        assertThat(TitleFinder.find(page("<p>x</p>"))).isEmpty();
    }

    @Test
    void jsonLdNameAndHeadlineDisagreeingPicksTheOneLikeTheTitleTag() {
        String wiki = "<title>List of films featuring time loops - Wikipedia</title><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",\"name\":\"List of films featuring time loops\",\"headline\":\"Wikimedia list article\"}</script>";
        assertThat(TitleFinder.find(page(wiki))).contains("List of films featuring time loops");
        String outlet = "<title>وزير الري يزور السد العالي | أخبار اليوم</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"name\":\"أخبار اليوم\",\"headline\":\"وزير الري يزور السد العالي\"}</script>";
        assertThat(TitleFinder.find(page(outlet))).contains("وزير الري يزور السد العالي");
    }

    @Test
    void dublinCoreTitleIsPreferredOverOpenGraph() {
        assertThat(TitleFinder.find(page("<meta property='og:title' content='og'><meta name='dc:title' content='dc'>"))).contains("dc");
    }

    @Test
    void siteNameIsCutFromTitles() {
        assertThat(TitleFinder.find(page("<meta property='og:site_name' content='اليوم'><title>طهران تدفن زادة | اليوم</title>")))
                .contains("طهران تدفن زادة");
        assertThat(TitleFinder.find(page("<title>وزير الري يشهد توقيع عقد دراسة جديدة - اليوم السابع</title>")))
                .contains("وزير الري يشهد توقيع عقد دراسة جديدة");
        assertThat(TitleFinder.find(page("<title>خبر قصير - الموقع</title>"))).contains("خبر قصير - الموقع");
    }

    @Test
    void authorFromJsonLdMetaOrByline() {
        assertThat(AuthorFinder.find(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"أحمد علي\"}]}</script>")))
                .contains("أحمد علي");
        assertThat(AuthorFinder.find(page("<meta property='article:author' content='https://facebook.com/x'><meta name='author' content='منى'>")))
                .contains("منى");
        assertThat(AuthorFinder.find(page("<div class='byline'>بقلم: خالد</div>"))).contains("بقلم: خالد");
        assertThat(AuthorFinder.find(page("<p>x</p>"))).isEmpty();
    }

    @Test
    void imageAndCanonicalAreAbsolute() {
        PageMeta p = page("<meta property='og:image' content='/img/1.jpg'><link rel='canonical' href='/a/canonical'>");
        assertThat(LeadImageFinder.find(p, "https://site.example/a/b.html")).contains("https://site.example/img/1.jpg");
        assertThat(CanonicalFinder.find(p, "https://site.example/a/b.html")).contains("https://site.example/a/canonical");
        PageMeta og = page("<meta property='og:url' content='https://site.example/og'>");
        assertThat(CanonicalFinder.find(og, "https://site.example/a/b.html")).contains("https://site.example/og");
        assertThat(CanonicalFinder.find(page("<link rel='canonical' href='javascript:alert(1)'>"), null)).isEmpty();
    }
}
