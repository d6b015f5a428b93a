package org.khabar.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.serve.FixtureNews;
import org.khabar.serve.Http;
import org.khabar.serve.Links;
import org.khabar.serve.WebConfig;
import org.khabar.serve.WebServer;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP on loopback, backed by the in-memory read side over {@link FixtureNews}. */
class ApiHttpTest {
    static WebServer server;
    static Http http;
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode get(String path, int expectedStatus) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        try {
            return json.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Test
    void articlesArePagedNewestFirstWithTrueTotal() {
        long canonical = FixtureNews.articles().stream().filter(a -> a.isCanonical()).count();
        JsonNode first = get("/api/v1/articles?limit=5", 200);
        assertThat(first.get("total").asLong()).isEqualTo(canonical);
        assertThat(first.get("items")).hasSize(5);
        JsonNode top = first.get("items").get(0);
        assertThat(top.get("id").asLong()).isEqualTo(FixtureNews.NATO_ID);
        assertThat(top.get("title").asText()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(top.get("source").get("id").asText()).isEqualTo("albawaba");
        assertThat(top.get("source").get("name").asText()).isEqualTo("البوابة نيوز");
        assertThat(top.get("published").asText()).isEqualTo("2018-02-18T18:35:00Z");

        Set<Long> ids = new HashSet<>();
        Instant previous = Instant.MAX;
        for (int offset = 0; offset < canonical; offset += 7) {
            for (JsonNode item : get("/api/v1/articles?limit=7&offset=" + offset, 200).get("items")) {
                assertThat(ids.add(item.get("id").asLong())).isTrue();
                Instant published = Instant.parse(item.get("published").asText());
                assertThat(published).isBeforeOrEqualTo(previous);
                previous = published;
            }
        }
        assertThat(ids).hasSize((int) canonical).doesNotContain(FixtureNews.NATO_COPY_ID);
        assertThat(get("/api/v1/articles?offset=1000", 200).get("items")).isEmpty();
    }

    @Test
    void popularTagsAreTheTagsOfTheLastTwoDaysMostFirstEachWithItsTagPage() {
        JsonNode all = get("/api/v1/popular-tags?limit=100", 200);
        assertThat(all.get("items").size()).isPositive().isEqualTo(all.get("total").asInt());
        long previous = Long.MAX_VALUE;
        for (JsonNode t : all.get("items")) {
            long n = t.get("articles").asLong();
            assertThat(n).isPositive().isLessThanOrEqualTo(previous);
            previous = n;
            // every article of the span is on the tag's page, with the older ones
            long onPage = get("/api/v1/tags/" + org.khabar.serve.Links.encodePathSegment(t.get("label").asText()), 200)
                    .get("total").asLong();
            assertThat(onPage).as(t.get("label").asText()).isGreaterThanOrEqualTo(n);
        }
        JsonNode two = get("/api/v1/popular-tags?limit=2", 200);
        assertThat(two.get("items")).hasSize(Math.min(2, all.get("items").size()));
        assertThat(two.get("items").get(0)).isEqualTo(all.get("items").get(0));
        get("/api/v1/popular-tags?limit=0", 400);
        get("/api/v1/popular-tags?limit=abc", 400);
    }

    @Test
    void articlesFilterBySourceOrTag() {
        JsonNode sport = get("/api/v1/articles?source=kooora&limit=100", 200);
        assertThat(sport.get("total").asLong()).isEqualTo(FixtureNews.FILLER);
        sport.get("items").forEach(i -> assertThat(i.get("source").get("id").asText()).isEqualTo("kooora"));
        JsonNode nato = get("/api/v1/articles?tag=" + Links.encodeQuery("الناتو"), 200);
        assertThat(ids(nato.get("items"))).contains(FixtureNews.NATO_ID, FixtureNews.HOSTILE_ID);
        get("/api/v1/articles?source=nope", 404);
        get("/api/v1/articles?source=rt&tag=x", 400);
    }

    @Test
    void articleCarriesBodyTagsRelatedAndDuplicates() {
        JsonNode a = get("/api/v1/articles/" + FixtureNews.NATO_ID, 200);
        assertThat(a.get("id").asLong()).isEqualTo(FixtureNews.NATO_ID);
        assertThat(a.get("url").asText()).isEqualTo("https://example.org/albawaba/1");
        assertThat(a.get("title").asText()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(a.get("source").get("name").asText()).isEqualTo("البوابة نيوز");
        assertThat(a.get("published").asText()).isEqualTo("2018-02-18T18:35:00Z");
        assertThat(a.get("body").asText()).startsWith("صرحت المتحدثة");
        assertThat(a.get("tags").get(0).get("label").asText()).isEqualTo("الناتو");
        assertThat(a.get("tags").get(0).get("score").isNumber()).isTrue();
        JsonNode readAlso = a.get("readAlso");
        assertThat(readAlso.get("id").asLong()).isNotEqualTo(FixtureNews.NATO_ID);
        assertThat(readAlso.get("sharedTags")).isNotEmpty();
        assertThat(a.get("similar")).hasSize(10);
        assertThat(a.get("similar").get(0).get("sharedTags").get(0).isTextual()).isTrue();
        List<Long> related = new ArrayList<>(ids(a.get("similar")));
        related.add(readAlso.get("id").asLong());
        assertThat(related).doesNotHaveDuplicates().doesNotContain(FixtureNews.NATO_ID);
        assertThat(ids(a.get("duplicates"))).containsExactly(FixtureNews.NATO_COPY_ID);
        assertThat(a.get("duplicates").get(0).get("source").get("id").asText()).isEqualTo("rt");
        assertThat(a.get("storyId").asLong()).isEqualTo(FixtureNews.NATO_STORY_ID);
        // nothing of its own story among the related items
        assertThat(related).doesNotContain(FixtureNews.NATO_FIRST_REPORT_ID, FixtureNews.NATO_OTHER_REPORT_ID);
    }

    @Test
    void storiesAreRankedWithBreadthAndPagedWithoutRepeats() {
        JsonNode first = get("/api/v1/stories?limit=3", 200);
        assertThat(first.get("items")).hasSize(3);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThan(3);
        JsonNode top = first.get("items").get(0);
        assertThat(top.get("id").asLong()).isEqualTo(FixtureNews.NATO_STORY_ID);
        assertThat(top.get("title").asText()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(top.get("lead").get("id").asLong()).isEqualTo(FixtureNews.NATO_ID);
        assertThat(top.get("articleCount").asInt()).isEqualTo(3);
        assertThat(top.get("outletCount").asInt()).isEqualTo(2);
        assertThat(top.get("recentArticles").asInt()).isEqualTo(1);
        assertThat(top.get("firstPublished").asText()).isEqualTo(FixtureNews.NATO_PUBLISHED.minusSeconds(18 * 3600).toString());
        assertThat(top.get("lastPublished").asText()).isEqualTo(FixtureNews.NATO_PUBLISHED.toString());
        assertThat(top.get("outlets").findValuesAsText("id")).containsExactly("rt", "albawaba");

        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 4) {
            for (JsonNode item : get("/api/v1/stories?limit=4&offset=" + offset, 200).get("items")) {
                assertThat(seen.add(item.get("id").asLong())).isTrue();
            }
        }
        assertThat(seen).hasSize((int) total);
        assertThat(get("/api/v1/stories?offset=5000", 200).get("items")).isEmpty();
    }

    @Test
    void storyGroupsItsReportsByOutletWithFirstReportAndDuplicates() {
        JsonNode st = get("/api/v1/stories/" + FixtureNews.NATO_STORY_ID, 200);
        assertThat(st.get("id").asLong()).isEqualTo(FixtureNews.NATO_STORY_ID);
        assertThat(st.get("title").asText()).isEqualTo(FixtureNews.NATO_TITLE);
        assertThat(st.get("headline").get("id").asLong()).isEqualTo(FixtureNews.NATO_ID);
        assertThat(st.get("firstReport").get("id").asLong()).isEqualTo(FixtureNews.NATO_FIRST_REPORT_ID);
        assertThat(st.get("firstReport").get("source").get("id").asText()).isEqualTo("rt");
        assertThat(st.get("articleCount").asInt()).isEqualTo(3);
        assertThat(st.get("outletCount").asInt()).isEqualTo(2);
        assertThat(st.get("duplicateCount").asInt()).isEqualTo(1);
        JsonNode outlets = st.get("outlets");
        assertThat(outlets.get(0).get("source").get("id").asText()).isEqualTo("rt");
        assertThat(ids(outlets.get(0).get("articles"))).containsExactly(FixtureNews.NATO_FIRST_REPORT_ID);
        assertThat(outlets.get(1).get("source").get("id").asText()).isEqualTo("albawaba");
        assertThat(ids(outlets.get(1).get("articles")))
                .containsExactly(FixtureNews.NATO_OTHER_REPORT_ID, FixtureNews.NATO_ID);
        JsonNode nato = outlets.get(1).get("articles").get(1);
        assertThat(ids(nato.get("duplicates"))).containsExactly(FixtureNews.NATO_COPY_ID);
        assertThat(nato.get("duplicates").get(0).get("source").get("id").asText()).isEqualTo("rt");
        assertThat(outlets.get(1).get("articles").get(0).get("duplicates")).isEmpty();
        // the copy's own article JSON points at the same story
        assertThat(get("/api/v1/articles/" + FixtureNews.NATO_COPY_ID, 200).get("storyId").asLong())
                .isEqualTo(FixtureNews.NATO_STORY_ID);
    }

    @Test
    void aMergedStoryIdAnswersWithTheStoryItJoined() {
        JsonNode st = get("/api/v1/stories/" + FixtureNews.MERGED_STORY_ID, 200);
        assertThat(st.get("id").asLong()).isEqualTo(FixtureNews.NATO_STORY_ID);
        assertThat(get("/api/v1/stories/987654", 404).get("error").asText()).contains("987654");
    }

    @Test
    void articleWithoutRelatedHasNullReadAlsoAndEmptyLists() {
        JsonNode lonely = get("/api/v1/articles/" + FixtureNews.LONELY_ID, 200);
        assertThat(lonely.has("readAlso")).isTrue();
        assertThat(lonely.get("readAlso").isNull()).isTrue();
        assertThat(lonely.get("similar")).isEmpty();
        assertThat(lonely.get("duplicates")).isEmpty();
        // the copy in RT: its duplicate group is the canonical article
        assertThat(ids(get("/api/v1/articles/" + FixtureNews.NATO_COPY_ID, 200).get("duplicates")))
                .containsExactly(FixtureNews.NATO_ID);
    }

    @Test
    void searchReturnsPlainSnippetsWithHighlightOffsets() {
        JsonNode r = get("/api/v1/search?q=" + Links.encodeQuery("الناتو") + "&limit=3", 200);
        assertThat(r.get("total").asLong()).isGreaterThan(3);
        assertThat(r.get("items")).hasSize(3);
        for (JsonNode item : r.get("items")) {
            String snippet = item.get("snippet").asText();
            assertThat(snippet).doesNotContain("\u0001").doesNotContain("\u0002");
            assertThat(item.get("highlights")).isNotEmpty();
            for (JsonNode h : item.get("highlights")) {
                assertThat(snippet.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo("الناتو");
            }
        }
        assertThat(get("/api/v1/search?q=" + Links.encodeQuery("الناتو") + "&offset=3&limit=3", 200)
                .get("items").get(0).get("id").asLong())
                .isNotIn(ids(r.get("items")));
    }

    @Test
    void searchOrdersNewestFirstOrByRelevanceAndNarrowsToOneOutlet() {
        String q = "/api/v1/search?q=" + Links.encodeQuery("الروسية") + "&limit=50";
        JsonNode relevance = get(q, 200);
        JsonNode newest = get(q + "&sort=newest", 200);
        assertThat(newest.get("total")).isEqualTo(relevance.get("total"));
        List<String> published = new java.util.ArrayList<>();
        newest.get("items").forEach(i -> published.add(i.get("published").asText()));
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids(relevance.get("items"))).as("best match first is another order")
                .containsExactlyInAnyOrderElementsOf(ids(newest.get("items")))
                .isNotEqualTo(ids(newest.get("items")));
        assertThat(ids(get(q + "&sort=relevance", 200).get("items"))).isEqualTo(ids(relevance.get("items")));

        JsonNode rt = get(q + "&source=rt", 200);
        assertThat(rt.get("total").asLong()).isPositive().isLessThan(relevance.get("total").asLong());
        rt.get("items").forEach(i -> assertThat(i.get("source").get("id").asText()).isEqualTo("rt"));

        assertThat(get(q + "&source=nowhere", 400).toString()).contains("source");
        assertThat(get(q + "&sort=oldest", 400).toString()).contains("sort");
    }

    @Test
    void tagAndSources() {
        JsonNode tag = get("/api/v1/tags/" + Links.encodePathSegment("ناتو") + "?limit=2", 200);
        assertThat(tag.get("label").asText()).isEqualTo("الناتو");
        assertThat(tag.get("items")).hasSize(2);
        assertThat(tag.get("total").asLong()).isGreaterThan(2);
        assertThat(tag.get("related").findValuesAsText("label")).contains("كييف").doesNotContain("الناتو");
        assertThat(tag.get("otherNames").toString()).contains("حلف شمال الأطلسي");
        tag.get("related").forEach(r -> assertThat(r.get("articles").asLong()).isBetween(2L, tag.get("total").asLong()));
        JsonNode slash = get("/api/v1/tags/" + Links.encodePathSegment(FixtureNews.SLASH_TAG), 200);
        assertThat(ids(slash.get("items"))).containsExactly(FixtureNews.LONELY_ID);
        assertThat(slash.get("related")).as("one article: no company to speak of").isEmpty();
        assertThat(get("/api/v1/tags/" + Links.encodePathSegment("لا شيء"), 200).get("total").asLong()).isZero();
        JsonNode sources = get("/api/v1/sources", 200);
        assertThat(sources.get("total").asInt()).isEqualTo(3);
        assertThat(sources.get("items").findValuesAsText("id")).containsExactlyInAnyOrder("albawaba", "rt", "kooora");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles?limit=101", "/api/v1/articles?limit=0", "/api/v1/articles?limit=-1",
            "/api/v1/articles?offset=-5", "/api/v1/articles?limit=abc", "/api/v1/articles?offset=99999999999",
            "/api/v1/articles/abc", "/api/v1/articles/0", "/api/v1/search", "/api/v1/search?q=%20",
            "/api/v1/search?q=x&limit=500", "/api/v1/tags/x?offset=-1", "/api/v1/stories?limit=0",
            "/api/v1/stories?offset=abc", "/api/v1/stories/abc", "/api/v1/stories/0", "/api/v1/stories/-1"})
    void badParametersAre400WithAJsonError(String path) {
        JsonNode error = get(path, 400);
        assertThat(error.get("error").asText()).startsWith("parameter '");
    }

    @Test
    void unknownIdsAndRoutesAre404Json() {
        assertThat(get("/api/v1/articles/99999", 404).get("error").asText()).contains("99999");
        assertThat(get("/api/v1/nope", 404).has("error")).isTrue();
        assertThat(get("/api/v2/articles", 404).has("error")).isTrue();
    }

    @Test
    void tenKilobyteQueryIsRefusedCleanly() {
        JsonNode error = get("/api/v1/search?q=" + "a".repeat(10 * 1024), 400);
        assertThat(error.get("error").asText()).contains("'q'");
    }

    /** Every path the OpenAPI document describes answers 200 with the documented top-level fields. */
    @Test
    void everyDocumentedPathAnswers() {
        JsonNode doc = get("/api/v1/openapi.json", 200);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Map<String, String> examples = Map.of("{id}", String.valueOf(FixtureNews.NATO_ID),
                "{label}", Links.encodePathSegment("الناتو"));
        Map<String, String> storyExamples = Map.of("{id}", String.valueOf(FixtureNews.NATO_STORY_ID));
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String url = path.getKey();
            for (var e : (url.startsWith("/api/v1/stories/") ? storyExamples : examples).entrySet()) {
                url = url.replace(e.getKey(), e.getValue());
            }
            assertThat(url).as("an example for every path parameter").doesNotContain("{");
            JsonNode get = path.getValue().get("get");
            boolean needsQuery = false;
            for (JsonNode p : get.path("parameters")) {
                needsQuery |= p.path("in").asText().equals("query") && p.path("required").asBoolean();
            }
            if (needsQuery) {
                url += "?q=" + Links.encodeQuery("الناتو");
            }
            JsonNode body = get(url, 200);
            JsonNode schema = get.get("responses").get("200").get("content").get("application/json").get("schema");
            JsonNode resolved = resolve(doc, schema);
            for (JsonNode required : resolved.path("required")) {
                assertThat(body.has(required.asText())).as(url + " has " + required.asText()).isTrue();
            }
            checked.add(url);
        }
        assertThat(checked).hasSize(9);
    }

    /** ...and nothing the API serves is left out of the document. */
    @Test
    void everyRouteIsDocumented() {
        JsonNode doc = get("/api/v1/openapi.json", 200);
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> served = new HashSet<>();
        new Api(FixtureNews.readSide()).routes().keySet()
                .forEach(path -> served.add(path.replace('<', '{').replace('>', '}')));
        assertThat(documented).isEqualTo(served);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        if (schema.has("$ref")) {
            JsonNode node = doc;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                node = node.get(part);
            }
            return node;
        }
        return schema;
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
