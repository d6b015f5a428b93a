package org.khabar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.khabar.analyze.TagKeys;
import org.khabar.core.Article;
import org.khabar.ingest.CanonicalUrl;
import org.khabar.serve.WebConfig;
import org.khabar.serve.WebServer;
import org.khabar.testing.FixtureCorpus;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack on the embedded default: import a fixture corpus with known stories and known syndicated copies
 * through the CLI's import path, serve it, and check what a reader sees on pages and in the API.
 */
class EndToEndTest {
    static Path dataDir;
    static Khabar khabar;
    static WebServer web;
    static HttpClient http = HttpClient.newHttpClient();
    static ObjectMapper json = new ObjectMapper();
    static FixtureCorpus.StoryCorpus corpus;
    static BulkImport.Summary summary;

    @BeforeAll
    static void start(@TempDir Path tmp) throws Exception {
        dataDir = tmp.resolve("data");
        corpus = FixtureCorpus.writeStories(tmp.resolve("corpus.jsonl"), 7);
        khabar = Backends.openEmbedded(dataDir);
        summary = new BulkImport(khabar).run(List.of(corpus.file()), Optional.empty(), line -> { }, n -> { });
        web = WebServer.start(khabar, WebConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (khabar != null) khabar.close();
    }

    static long id(String url) {
        return khabar.store().byUrl(CanonicalUrl.of(url)).orElseThrow(() -> new AssertionError("not stored: " + url)).id();
    }

    /** The known stories: event number → article ids of its reports. */
    static Map<Integer, List<Long>> events() {
        Map<Integer, List<Long>> events = new TreeMap<>();
        corpus.storyOf().forEach((url, event) -> events.computeIfAbsent(event, k -> new ArrayList<>()).add(id(url)));
        return events;
    }

    static long storyIdOf(long articleId) throws Exception {
        JsonNode a = api("/api/v1/articles/" + articleId);
        assertThat(a.get("storyId").isNull()).as("story of %d", articleId).isFalse();
        return a.get("storyId").asLong();
    }

    @Test
    void importStoresEveryRecordOnceListsOnlyOriginalsAndAReimportAddsNothing() throws Exception {
        int canonical = corpus.records() - corpus.copyOf().size();
        assertThat(summary.imported()).isEqualTo(corpus.records());
        assertThat(summary.rejected()).isZero();
        BulkImport.Summary second = new BulkImport(khabar).run(List.of(corpus.file()), Optional.empty(), l -> { }, n -> { });
        assertThat(second.imported()).isZero();
        assertThat(second.sameUrl()).isEqualTo(corpus.records());
        assertThat(api("/api/v1/articles?limit=1").get("total").asLong()).isEqualTo(canonical);
        assertThat(khabar.index().count()).isEqualTo(canonical);
    }

    /** Every known copy is folded into its original: both pages name each other under "also published by". */
    @Test
    void knownCopiesAreFoldedAndShownAsAlsoPublishedBy() throws Exception {
        for (var e : corpus.copyOf().entrySet()) {
            long copy = id(e.getKey());
            long original = id(e.getValue());
            assertThat(khabar.store().get(copy).orElseThrow().duplicateOf()).as(e.getKey()).isEqualTo(original);
            String copyOutlet = khabar.store().get(copy).orElseThrow().sourceId();
            String originalOutlet = khabar.store().get(original).orElseThrow().sourceId();

            JsonNode a = api("/api/v1/articles/" + original);
            assertThat(ids(a.get("duplicates"))).containsExactly(copy);
            assertThat(a.get("duplicates").get(0).get("source").get("id").asText()).isEqualTo(copyOutlet);
            assertThat(ids(api("/api/v1/articles/" + copy).get("duplicates"))).containsExactly(original);

            Document page = Jsoup.parse(get("/articles/" + original).body());
            assertThat(page.select(".also-published a[href^=/articles/]").eachAttr("href"))
                    .containsExactly("/articles/" + copy);
            assertThat(page.select(".also-published a[href^=/articles/]").text())
                    .isEqualTo(khabar.store().source(copyOutlet).orElseThrow().name());
            Document copyPage = Jsoup.parse(get("/articles/" + copy).body());
            assertThat(copyPage.select(".also-published a[href^=/articles/]").eachAttr("href"))
                    .containsExactly("/articles/" + original);
            assertThat(copyPage.select(".also-published a[href^=/articles/]").text())
                    .isEqualTo(khabar.store().source(originalOutlet).orElseThrow().name());
            // a copy is never listed on its own
            assertThat(get("/latest?page=1").body()).doesNotContain("href=\"/articles/" + copy + "\"");
        }
    }

    /** Each event's reports form one story, distinct events distinct stories; a copy carries its original's. */
    @Test
    void knownStoriesAreClusteredAsWritten() throws Exception {
        Map<Long, Integer> eventOfStory = new HashMap<>();
        for (var e : events().entrySet()) {
            Set<Long> storyIds = new HashSet<>();
            for (long article : e.getValue()) storyIds.add(storyIdOf(article));
            assertThat(storyIds).as("stories of event %d", e.getKey()).hasSize(1);
            Integer clash = eventOfStory.put(storyIds.iterator().next(), e.getKey());
            assertThat(clash).as("event %d shares a story with event %s", e.getKey(), clash).isNull();
        }
        for (var e : corpus.copyOf().entrySet()) {
            assertThat(storyIdOf(id(e.getKey()))).isEqualTo(storyIdOf(id(e.getValue())));
        }
    }

    /** The story page: one section per outlet, the first report marked, the copy under the report it copies. */
    @Test
    void storyPagesGroupEachEventsReportsByOutletWithTheFirstReportAndItsCopy() throws Exception {
        Map<String, String> originalOfCopy = corpus.copyOf();
        Map<String, String> copyOfOriginal = new HashMap<>();
        originalOfCopy.forEach((copy, original) -> copyOfOriginal.put(original, copy));
        for (var e : events().entrySet()) {
            List<Long> reports = e.getValue();
            long story = storyIdOf(reports.get(0));
            List<Article> articles = khabar.store().getAll(reports).stream()
                    .sorted(java.util.Comparator.comparing(Article::published)).toList();
            Article first = articles.get(0);
            long copy = id(copyOfOriginal.get(first.url()));

            JsonNode st = api("/api/v1/stories/" + story);
            assertThat(st.get("articleCount").asInt()).isEqualTo(reports.size());
            assertThat(st.get("outletCount").asInt()).isEqualTo(reports.size());
            assertThat(st.get("duplicateCount").asInt()).isEqualTo(1);
            assertThat(st.get("firstReport").get("id").asLong()).isEqualTo(first.id());
            List<String> outletOrder = new ArrayList<>();
            for (JsonNode o : st.get("outlets")) {
                outletOrder.add(o.get("source").get("id").asText());
                assertThat(o.get("articles")).hasSize(1);
            }
            assertThat(outletOrder).containsExactlyElementsOf(articles.stream().map(Article::sourceId).toList());
            assertThat(ids(st.get("outlets").get(0).get("articles").get(0).get("duplicates"))).containsExactly(copy);

            Document page = Jsoup.parse(get("/stories/" + story).body());
            assertThat(page.select("section.outlet-coverage")).hasSize(reports.size());
            assertThat(page.select("li.report.first > a.title").attr("href")).isEqualTo("/articles/" + first.id());
            assertThat(page.select("li.report.first .copies a").eachAttr("href")).containsExactly("/articles/" + copy);
            assertThat(page.select(".first-report .outlet").text())
                    .isEqualTo(khabar.store().source(first.sourceId()).orElseThrow().name());
            assertThat(page.select("a[href^=/articles/]").eachAttr("href")).doesNotHaveDuplicates()
                    .hasSize(reports.size() + 1);
            // and every report's page links here
            for (long r : reports) {
                assertThat(Jsoup.parse(get("/articles/" + r).body()).select(".story-link a").attr("href"))
                        .isEqualTo("/stories/" + story);
            }
        }
    }

    /** Home lists stories, not articles: one card per story, the newest events first, copies never linked. */
    @Test
    void homePageListsTopStories() throws Exception {
        Document home = Jsoup.parse(get("/").body());
        List<String> coverage = home.select("ol.stories a.full-coverage").eachAttr("href");
        assertThat(coverage).isNotEmpty().doesNotHaveDuplicates();
        assertThat(home.select("ol.stories a.full-coverage").first().text())
                .isEqualTo("التغطية الكاملة: 4 تقارير من 4 مصادر");
        JsonNode top = api("/api/v1/stories?limit=100");
        List<String> apiOrder = new ArrayList<>();
        top.get("items").forEach(i -> apiOrder.add("/stories/" + i.get("id").asLong()));
        assertThat(coverage).isEqualTo(apiOrder.subList(0, coverage.size()));
        // the newest event leads (all events are alike in breadth; freshness decides)
        Map<Integer, List<Long>> events = events();
        long newestEventStory = storyIdOf(events.get(events.size() - 1).get(0));
        assertThat(coverage.get(0)).isEqualTo("/stories/" + newestEventStory);
        for (String copyUrl : corpus.copyOf().keySet()) {
            assertThat(home.select("a[href=/articles/" + id(copyUrl) + "]")).isEmpty();
        }
        // popular tags: the newest events' tags, counted on the real store, each with its page
        JsonNode popular = api("/api/v1/popular-tags?limit=12");
        List<String> labels = new ArrayList<>();
        popular.get("items").forEach(t -> labels.add(t.get("label").asText()));
        assertThat(labels).isNotEmpty();
        assertThat(home.select("nav.popular-tags a").eachText()).isEqualTo(labels);
        JsonNode first = popular.get("items").get(0);
        assertThat(api("/api/v1/tags/" + org.khabar.serve.Links.encodePathSegment(labels.get(0))).get("total").asLong())
                .isGreaterThanOrEqualTo(first.get("articles").asLong());
    }

    /**
     * Similar lists keep the editor's rules on the real stack: never the article, its copy or its own story, one
     * item per story, read-also not repeated; and the page links each article once.
     */
    @Test
    void twentyRandomArticlesShowReadAlsoAndSimilarItemsOfOtherStoriesWithoutRepeats() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : api("/api/v1/articles?limit=100").get("items")) ids.add(item.get("id").asLong());
        Collections.shuffle(ids, new Random(20));
        for (long id : ids.subList(0, 20)) {
            JsonNode a = api("/api/v1/articles/" + id);
            assertThat(a.get("tags").size()).as("tags of %d", id).isGreaterThanOrEqualTo(3);
            assertThat(a.get("readAlso").isNull()).as("readAlso of %d", id).isFalse();
            assertThat(a.get("similar").size()).as("similar of %d", id).isBetween(1, 10);
            long ownStory = a.get("storyId").asLong();
            Set<Long> seen = new HashSet<>(ids(a.get("duplicates")));
            seen.add(id);
            Set<Long> stories = new HashSet<>();
            List<JsonNode> related = new ArrayList<>();
            related.add(a.get("readAlso"));
            a.get("similar").forEach(related::add);
            for (JsonNode s : related) {
                long sid = s.get("id").asLong();
                assertThat(seen.add(sid)).as("repeat or copy in %d", id).isTrue();
                assertThat(s.get("sharedTags").isArray()).isTrue();
                Article item = khabar.store().get(sid).orElseThrow();
                assertThat(item.isCanonical()).as("copy %d in the list of %d", sid, id).isTrue();
                assertThat(item.storyId()).as("story of %d in the list of %d", sid, id).isNotEqualTo(ownStory);
                assertThat(stories.add(item.storyId())).as("one item per story in %d", id).isTrue();
            }

            String page = get("/articles/" + id).body();
            Matcher links = Pattern.compile("href=\"/articles/(\\d+)\"").matcher(page);
            List<Long> all = new ArrayList<>();
            while (links.find()) all.add(Long.parseLong(links.group(1)));
            assertThat(all).as("page %d links each article once", id).doesNotHaveDuplicates().doesNotContain(id);
            assertThat(page).contains("href=\"/tags/");
        }
    }

    @Test
    void tagPageFindsEveryInflectedFormOfATag() throws Exception {
        JsonNode a = api("/api/v1/articles?limit=1").get("items").get(0);
        JsonNode full = api("/api/v1/articles/" + a.get("id").asLong());
        String label = full.get("tags").get(0).get("label").asText();
        long total = api("/api/v1/tags/" + enc(label)).get("total").asLong();
        assertThat(total).isGreaterThan(0);
        assertThat(api("/api/v1/tags/" + enc("و" + label)).get("total").asLong()).isEqualTo(total);
    }

    @Test
    void aLinkWithAGluedPrepositionLeadsToTheTag() throws Exception {
        // a tag whose first word the analyzer alone would not free of a ل before it ("لترامب" was a tag of its own;
        // a bare alef after the letter is the word's own, and ال makes it لل, which the analyzer reads)
        String label = null;
        long total = 0;
        for (JsonNode item : api("/api/v1/articles?limit=20").get("items")) {
            for (JsonNode t : api("/api/v1/articles/" + item.get("id").asLong()).get("tags")) {
                String l = t.get("label").asText();
                if (!l.startsWith("ا") && !TagKeys.keyOf("ل" + l).equals(TagKeys.keyOf(l))) {
                    label = l;
                }
            }
        }
        assertThat(label).as("a tag the analyzer does not cut ل from").isNotNull();
        total = api("/api/v1/tags/" + enc(label)).get("total").asLong();
        assertThat(total).isGreaterThan(0);
        JsonNode glued = api("/api/v1/tags/" + enc("ل" + label));
        assertThat(glued.get("total").asLong()).isEqualTo(total);
        assertThat(glued.get("label").asText()).isEqualTo(label);
    }

    @Test
    void searchIsArabicAware() throws Exception {
        long plain = api("/api/v1/search?q=" + enc("أوكرانيا")).get("total").asLong();
        assertThat(plain).isGreaterThan(0);
        assertThat(api("/api/v1/search?q=" + enc("اوكرانيا")).get("total").asLong()).isEqualTo(plain);
        assertThat(api("/api/v1/search?q=" + enc("وأوكرانيا")).get("total").asLong()).isEqualTo(plain);
    }

    /**
     * Headless Debian chromium against the real stack: RTL, the Arabic font loaded, top stories, a story page
     * grouped by outlet, tag links, similar list. Screenshots: target/screenshots/real-stack/.
     */
    @Test
    void aRealBrowserSeesTheRtlPortalOnTheRealStack() throws Exception {
        JsonNode first = api("/api/v1/articles?limit=1").get("items").get(0);
        long id = first.get("id").asLong();
        JsonNode full = api("/api/v1/articles/" + id);
        long story = full.get("storyId").asLong();
        try (org.khabar.serve.PortalBrowserCheck browser = new org.khabar.serve.PortalBrowserCheck(
                "http://127.0.0.1:" + web.port(), Path.of("target", "screenshots", "real-stack"))) {
            browser.checkAll(new org.khabar.serve.PortalBrowserCheck.Targets(id,
                    full.get("tags").get(0).get("label").asText(), full.get("source").get("id").asText(), "الناتو", story));
        }
    }

    @Test
    void unknownArticleIsA404PageAndA404Json() throws Exception {
        HttpResponse<String> page = get("/articles/999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Exception").contains("dir=\"rtl\"");
        HttpResponse<String> api = get("/api/v1/articles/999999");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.body()).has("error")).isTrue();
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<Long> ids(JsonNode items) {
        List<Long> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
