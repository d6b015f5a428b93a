package org.khabar.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, flattened: top-level
 * arrays and {@code @graph} members become one list. Broken blocks (common: trailing commas, raw newlines in
 * strings) are parsed leniently or skipped, never fatal.
 */
public final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    /** schema.org types whose dates and authors describe the article itself. */
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report",
            "liveblogposting", "scholarlyarticle", "techarticle", "socialmediaposting", "posting");

    private final List<JsonNode> things;

    private JsonLd(List<JsonNode> things) {
        this.things = things;
    }

    public static JsonLd of(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty() || json.length() > 2_000_000) continue;
            try (JsonParser p = MAPPER.createParser(json)) {
                JsonNode root = MAPPER.readTree(p);
                if (root != null) flatten(root, out, 0);
            } catch (Exception malformed) {
                // one broken block must not hide the others
            }
        }
        return new JsonLd(out);
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4) return;
        if (node.isArray()) {
            for (JsonNode n : node) flatten(n, out, depth + 1);
        } else if (node.isObject()) {
            if (node.has("@graph")) flatten(node.get("@graph"), out, depth + 1);
            if (node.has("@type")) out.add(node);
        }
    }

    /** The objects typed as an article (NewsArticle, Article, BlogPosting …), in page order. */
    public List<JsonNode> articles() {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode n : things) if (isArticle(n)) list.add(n);
        return list;
    }

    /** Articles first, then WebPage-like objects: where to look for a field the article lacks. */
    public List<JsonNode> articlesThenPages() {
        List<JsonNode> list = articles();
        for (JsonNode n : things) {
            if (!isArticle(n) && types(n).stream().anyMatch(t -> t.endsWith("page"))) list.add(n);
        }
        return list;
    }

    /** The first non-blank text value of {@code field} among {@link #articlesThenPages()}. */
    public Optional<String> firstText(String field) {
        for (JsonNode n : articlesThenPages()) {
            Optional<String> v = text(n.get(field));
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /** A string, the first string of an array, or the {@code name}/{@code url}/{@code @id} of an object. */
    public static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isTextual()) {
            String s = v.asText().trim();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        if (v.isArray()) {
            for (JsonNode n : v) {
                Optional<String> s = text(n);
                if (s.isPresent()) return s;
            }
            return Optional.empty();
        }
        if (v.isObject()) {
            for (String f : List.of("name", "url", "@id")) {
                Optional<String> s = text(v.get(f));
                if (s.isPresent()) return s;
            }
        }
        return Optional.empty();
    }

    static boolean isArticle(JsonNode n) {
        return types(n).stream().anyMatch(ARTICLE_TYPES::contains);
    }

    static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        if (t.isArray()) t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        else out.add(t.asText().toLowerCase(Locale.ROOT));
        return out;
    }
}
