package org.khabar.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.khabar.eval.SharedData;
import org.khabar.extract.ArticleExtractor;
import org.khabar.extract.ExtractedArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mozilla Readability's test pages: title equal to {@code expected-metadata.json}'s (whitespace-normalised) and
 * text scored against the text of {@code expected.html} with the benchmark's {@link ShingleScore}.
 */
public final class ReadabilityPagesEval {
    /** The URL readability's own test harness gives every page. */
    static final String FAKE_URL = "http://fakehost/test/page.html";

    public record Row(String name, String expectedTitle, String title, double f1) {
        public boolean titleOk() {
            return norm(expectedTitle).equals(norm(title));
        }

        public String describe() {
            return String.format("%-45s F1 %.3f title %s  [%s] vs [%s]", name, f1, titleOk() ? "OK  " : "MISS", title, expectedTitle);
        }
    }

    public record Report(List<Row> rows, ShingleScore score) {
        public int pages() {
            return rows.size();
        }

        public int titleExact() {
            return (int) rows.stream().filter(Row::titleOk).count();
        }
    }

    private final Path dir;

    public ReadabilityPagesEval(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDir() {
        return SharedData.root().resolve("peer/readability/test-pages");
    }

    public Report run() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        ShingleScore score = new ShingleScore();
        List<Row> rows = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))
                    && Files.isRegularFile(p.resolve("expected.html"))).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path c : cases) {
            String source = Files.readString(c.resolve("source.html"), StandardCharsets.UTF_8);
            String expectedText = Jsoup.parse(Files.readString(c.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            String expectedTitle = "";
            Path meta = c.resolve("expected-metadata.json");
            if (Files.isRegularFile(meta)) {
                JsonNode m = json.readTree(meta.toFile());
                expectedTitle = m.path("title").asText("");
            }
            ExtractedArticle a = extractor.extract(source, FAKE_URL);
            double[] x = score.add(expectedText, a.text());
            rows.add(new Row(c.getFileName().toString(), expectedTitle, a.title(), ShingleScore.pageF1(x)));
        }
        return new Report(rows, score);
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
