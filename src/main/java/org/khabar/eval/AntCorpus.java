package org.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.core.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the ANT corpus (ant-v2.1.jsonl.gz) into articles; ids are 1-based line numbers of dated records. */
public final class AntCorpus {
    /** One ANT document as an article, with its docno (also kept as {@code externalId}). */
    public record Doc(String docno, Article article) {
    }

    public static final String PATH = "data/ant/ant-v2.1.jsonl.gz";

    private AntCorpus() {
    }

    /** Every ANT document with a parseable date, oldest first (ties by docno), ids 1..n in that order. */
    public static List<Doc> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                Instant published = parseDate(n.path("published").asText(""));
                if (published == null) continue;
                String docno = n.path("docno").asText();
                String text = unescape(n.path("text").asText(""));
                Article a = Article.draft(n.path("url").asText("ant:" + docno), n.path("source").asText(), docno,
                        unescape(n.path("title").asText("")).strip(), published, null,
                        unescape(n.path("abstract").asText("")), text, n.path("category").asText());
                docs.add(new Doc(docno, a));
            }
        }
        docs.sort(Comparator.comparing((Doc d) -> d.article().published()).thenComparing(Doc::docno));
        List<Doc> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(new Doc(docs.get(i).docno(), docs.get(i).article().withId(i + 1)));
        }
        return out;
    }

    static Instant parseDate(String s) {
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The corpus keeps XML entities as they were; the few that occur are decoded here. */
    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
