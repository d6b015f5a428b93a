package org.khabar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack on the embedded default: import a fixture corpus through the CLI's import path, serve it,
 * and check what a reader sees on pages and in the API.
 */
class EndToEndTest {
    static final int ARTICLES = 120;
    static Path dataDir;
    static Khabar khabar;
    static WebServer web;
    static HttpClient http = HttpClient.newHttpClient();
    static ObjectMapper json = new ObjectMapper();
    static BulkImport.Summary summary;

    @BeforeAll
    static void start(@TempDir Path tmp) throws Exception {
        dataDir = tmp.resolve("data");
        Path corpus = FixtureCorpus.write(tmp.resolve("corpus.jsonl"), ARTICLES, 7);
        khabar = Backends.openEmbedded(dataDir);
        summary = new BulkImport(khabar).run(List.of(corpus), Optional.empty(), line -> { }, n -> { });
        web = WebServer.start(khabar, WebConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (web != null) web.close();
        if (khabar != null) khabar.close();
    }

    @Test
    void importStoresEveryArticleOnceAndAReimportAddsNothing() throws Exception {
        assertThat(summary.imported()).isEqualTo(ARTICLES);
        assertThat(summary.rejected()).isZero();
        Path again = FixtureCorpus.write(dataDir.resolveSibling("again.jsonl"), ARTICLES, 7);
        BulkImport.Summary second = new BulkImport(khabar).run(List.of(again), Optional.empty(), l -> { }, n -> { });
        assertThat(second.imported()).isZero();
        assertThat(second.sameUrl()).isEqualTo(ARTICLES);
        assertThat(api("/api/v1/articles?limit=1").get("total").asLong()).isEqualTo(ARTICLES);
        assertThat(khabar.index().count()).isEqualTo(ARTICLES);
    }

    /**
     * The fixture has six topics, so after "never its own story, one item per story" a list holds a handful of
     * items, each from a story of its own; the page links every article once.
     */
    @Test
    void twentyRandomArticlesShowTagsReadAlsoAndSimilarItemsOfOtherStoriesWithoutRepeats() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : api("/api/v1/articles?limit=100").get("items")) ids.add(item.get("id").asLong());
        Collections.shuffle(ids, new Random(20));
        for (long id : ids.subList(0, 20)) {
            JsonNode a = api("/api/v1/articles/" + id);
            assertThat(a.get("tags").size()).as("tags of %d", id).isGreaterThanOrEqualTo(5);
            assertThat(a.get("readAlso").isNull()).as("readAlso of %d", id).isFalse();
            assertThat(a.get("similar").size()).as("similar of %d", id).isBetween(1, 10);
            Long ownStory = khabar.store().get(id).orElseThrow().storyId();
            Set<Long> seen = new HashSet<>();
            Set<Long> stories = new HashSet<>();
            seen.add(id);
            List<JsonNode> related = new ArrayList<>();
            related.add(a.get("readAlso"));
            a.get("similar").forEach(related::add);
            for (JsonNode s : related) {
                long sid = s.get("id").asLong();
                assertThat(seen.add(sid)).as("repeat in %d", id).isTrue();
                Long story = khabar.store().get(sid).orElseThrow().storyId();
                assertThat(story).as("story of %d in the list of %d", sid, id).isNotEqualTo(ownStory);
                assertThat(stories.add(story)).as("one item per story in %d", id).isTrue();
            }

            String page = get("/articles/" + id).body();
            Matcher links = Pattern.compile("href=\"/articles/(\\d+)\"").matcher(page);
            Set<Long> linked = new HashSet<>();
            List<Long> all = new ArrayList<>();
            while (links.find()) {
                all.add(Long.parseLong(links.group(1)));
                linked.add(Long.parseLong(links.group(1)));
            }
            assertThat(linked).doesNotContain(id);
            assertThat(all).as("page %d links each article once", id).doesNotHaveDuplicates();
            assertThat(linked).hasSize(related.size());
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
    void searchIsArabicAware() throws Exception {
        long plain = api("/api/v1/search?q=" + enc("أوكرانيا")).get("total").asLong();
        assertThat(plain).isGreaterThan(0);
        assertThat(api("/api/v1/search?q=" + enc("اوكرانيا")).get("total").asLong()).isEqualTo(plain);
        assertThat(api("/api/v1/search?q=" + enc("وأوكرانيا")).get("total").asLong()).isEqualTo(plain);
    }

    /** Headless Debian chromium against the real stack: RTL, the Arabic font loaded, tag links, similar list. */
    @Test
    void aRealBrowserSeesTheRtlPortalOnTheRealStack() throws Exception {
        JsonNode first = api("/api/v1/articles?limit=1").get("items").get(0);
        long id = first.get("id").asLong();
        JsonNode full = api("/api/v1/articles/" + id);
        try (org.khabar.serve.PortalBrowserCheck browser = new org.khabar.serve.PortalBrowserCheck(
                "http://127.0.0.1:" + web.port(), Path.of("target", "screenshots", "real-stack"))) {
            browser.checkAll(new org.khabar.serve.PortalBrowserCheck.Targets(id,
                    full.get("tags").get(0).get("label").asText(), full.get("source").get("id").asText(), "الناتو"));
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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
