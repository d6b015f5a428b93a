package org.khabar.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.feed.ParsedFeed;
import org.khabar.serve.feed.FeedRoutes;

/** The outgoing Atom feeds over real HTTP on loopback, read back with khabar's own feed parser. */
class FeedHttpTest {
    static WebServer server;
    static Http http;
    static String origin;

    @BeforeAll
    static void start() {
        server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0).withPageSize(10));
        origin = "http://127.0.0.1:" + server.port();
        http = new Http(origin);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ParsedFeed feed(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        ParsedFeed parsed = FeedParser.parse(r.body(), origin + path);
        assertThat(parsed.version).isEqualTo("atom10");
        assertThat(parsed.bozo).as(parsed.bozoMessage).isFalse();
        assertThat(parsed.feed.id).isEqualTo(origin + path);
        return parsed;
    }

    static List<String> entryLinks(ParsedFeed f) {
        return f.entries.stream().map(e -> e.link).toList();
    }

    /** The first {@code n} article links of a paginated portal list, as absolute URLs. */
    static List<String> pageLinks(String path, int n) {
        List<String> out = new ArrayList<>();
        for (int p = 1; out.size() < n; p++) {
            HttpResponse<String> r = http.get(Links.page(path, p));
            if (r.statusCode() == 404) break;
            Document doc = Jsoup.parse(r.body());
            List<String> hrefs = doc.select("ol.teasers .title").eachAttr("href");
            if (hrefs.isEmpty()) break;
            hrefs.forEach(h -> out.add(origin + h));
        }
        return out.subList(0, Math.min(n, out.size()));
    }

    @Test
    void theLatestFeedHoldsWhatTheLatestPageListsInItsOrderWithoutCopies() throws Exception {
        ParsedFeed latest = feed(Links.feedLatest());
        assertThat(latest.entries).hasSize(FeedRoutes.ENTRIES);
        assertThat(entryLinks(latest)).isEqualTo(pageLinks(Links.latest(), FeedRoutes.ENTRIES))
                .doesNotContain(origin + Links.article(FixtureNews.NATO_COPY_ID));
        ParsedFeed.Entry nato = latest.entries.get(0);
        assertThat(nato.title.value()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(nato.publishedParsed).isEqualTo(FixtureNews.NATO_PUBLISHED);
        assertThat(latest.feed.updatedParsed).isEqualTo(FixtureNews.NATO_PUBLISHED);
        assertThat(nato.author.name()).isEqualTo(FixtureNews.BAWABA.name());
        String original = FixtureNews.articles().stream().filter(a -> a.id() == FixtureNews.NATO_ID)
                .map(Article::url).findFirst().orElseThrow();
        assertThat(nato.links).extracting(ParsedFeed.Link::rel, ParsedFeed.Link::href)
                .contains(org.assertj.core.groups.Tuple.tuple("via", original));
    }

    @Test
    void theStoriesFeedFollowsTheHomePageOneEntryPerStoryUpdatedWithItsNewestReport() throws Exception {
        ParsedFeed stories = feed(Links.feedStories());
        Document home = Jsoup.parse(http.get(Links.home()).body());
        List<String> coverage = home.select("a.full-coverage").eachAttr("href").stream().map(h -> origin + h).toList();
        assertThat(entryLinks(stories).subList(0, coverage.size())).isEqualTo(coverage);
        assertThat(entryLinks(stories)).doesNotHaveDuplicates().allMatch(l -> l.startsWith(origin + "/stories/"));
        ParsedFeed.Entry nato = stories.entries.get(0);
        assertThat(nato.link).isEqualTo(origin + Links.story(FixtureNews.NATO_STORY_ID));
        assertThat(nato.title.value()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(nato.updatedParsed).isEqualTo(FixtureNews.NATO_PUBLISHED);
        assertThat(nato.publishedParsed).isBefore(nato.updatedParsed); // its first report came earlier
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(Links.feedStories());
    }

    @Test
    void aStoryFeedHoldsItsOwnReportsNewestFirstAndFollowsAMerge() throws Exception {
        ParsedFeed nato = feed(Links.feedStory(FixtureNews.NATO_STORY_ID));
        assertThat(entryLinks(nato)).containsExactly(origin + Links.article(FixtureNews.NATO_ID),
                origin + Links.article(FixtureNews.NATO_OTHER_REPORT_ID),
                origin + Links.article(FixtureNews.NATO_FIRST_REPORT_ID)); // the copy is under its report, not listed
        assertThat(nato.entries).extracting(e -> e.publishedParsed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(nato.feed.title.value()).startsWith("التغطية الكاملة: ");
        HttpResponse<String> merged = http.get(Links.feedStory(FixtureNews.MERGED_STORY_ID));
        assertThat(merged.statusCode()).isEqualTo(301);
        assertThat(merged.headers().firstValue("Location")).contains(Links.feedStory(FixtureNews.NATO_STORY_ID));
        assertThat(http.get(Links.feedStory(424242)).statusCode()).isEqualTo(404);
        assertThat(http.get(Links.feedStories() + "/abc").statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(http.get(Links.story(FixtureNews.NATO_STORY_ID)).body());
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(Links.feedStory(FixtureNews.NATO_STORY_ID));
    }

    @Test
    void aTagFeedFollowsTheTagIdentityAndAnOutletFeedHoldsOnlyThatOutlet() throws Exception {
        ParsedFeed byLabel = feed(Links.feedTag("الناتو"));
        ParsedFeed byKey = feed(Links.feedTag("ناتو"));
        assertThat(entryLinks(byKey)).isEqualTo(entryLinks(byLabel)).isNotEmpty()
                .isEqualTo(pageLinks(Links.tag("الناتو"), FeedRoutes.ENTRIES));
        assertThat(byKey.feed.title.value()).isEqualTo("الناتو — خبر");
        assertThat(feed(Links.feedTag(FixtureNews.SLASH_TAG)).entries).extracting(e -> e.link)
                .containsExactly(origin + Links.article(FixtureNews.LONELY_ID));

        ParsedFeed rt = feed(Links.feedSource(FixtureNews.RT.id()));
        assertThat(rt.entries).isNotEmpty().allSatisfy(e -> assertThat(e.author.name()).isEqualTo(FixtureNews.RT.name()));
        assertThat(entryLinks(rt)).isEqualTo(pageLinks(Links.source(FixtureNews.RT.id()), FeedRoutes.ENTRIES));
        // markup in a title travels as text
        assertThat(rt.entries).extracting(e -> e.title.value()).contains(FixtureNews.HOSTILE_TITLE);
    }

    @Test
    void unknownTagsAndOutletsAre404AndListPagesAnnounceTheirFeed() {
        assertThat(http.get(Links.feedTag("لا يوجد")).statusCode()).isEqualTo(404);
        assertThat(http.get(Links.feedSource("nope")).statusCode()).isEqualTo(404);
        Document tagPage = Jsoup.parse(http.get(Links.tag("الناتو")).body());
        assertThat(tagPage.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(Links.feedTag("الناتو"));
        Document latest = Jsoup.parse(http.get(Links.latest()).body());
        assertThat(latest.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(Links.feedLatest());
    }

    @Test
    void anUnchangedFeedIsA304ForAReaderThatHoldsIt() {
        HttpResponse<String> first = http.get(Links.feedLatest());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=120");
        HttpResponse<String> again = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(origin + Links.feedLatest())).header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(origin + Links.feedTag("الناتو"))).header("If-None-Match", etag).GET().build());
        assertThat(other.statusCode()).as("another feed's tag").isEqualTo(200);
    }

    @Test
    void aHostHeaderThatIsNoHostNeverReachesTheFeedsLinks() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + Links.feedLatest() + " HTTP/1.1\r\nHost: a\"><script>x</script>\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("<script>x</script>");
        }
    }
}
