package org.khabar.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.eval.SharedData;
import org.khabar.extract.ArticleExtractor;
import org.khabar.extract.ExtractedArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** Publication date and language of the htmldate Arabic/Persian pages against {@code gold_dates.json}. */
public final class ArabicPagesEval {
    public record Row(String file, String goldLang, LocalDate goldDate, ExtractedArticle got) {
        public boolean dateOk() {
            return Objects.equals(goldDate, got.publishedDate());
        }

        public boolean langOk() {
            return goldLang.equals(got.lang());
        }

        public String describe() {
            return String.format("%s %s date %s got %s (%s) %s | lang %s got %s (declared %s) %s | %d paragraphs | %s",
                    file, goldLang, goldDate, got.publishedDate(), got.published() == null ? "-" : got.published().rule(),
                    dateOk() ? "OK" : "MISS", goldLang, got.lang(), got.declaredLang(), langOk() ? "OK" : "MISS",
                    got.paragraphs().size(), got.title());
        }
    }

    public record Report(List<Row> rows) {
        public int count(String lang) {
            return (int) rows.stream().filter(r -> r.goldLang().equals(lang)).count();
        }

        public int dateOk(String lang) {
            return (int) rows.stream().filter(r -> r.goldLang().equals(lang) && r.dateOk()).count();
        }

        public int langOk(String lang) {
            return (int) rows.stream().filter(r -> r.goldLang().equals(lang) && r.langOk()).count();
        }
    }

    private final Path dir;

    public ArabicPagesEval(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDir() {
        return SharedData.root().resolve("data/arabic-html/htmldate");
    }

    public Report run() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold_dates.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<Row> rows = new ArrayList<>();
        for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
            String file = it.next();
            JsonNode g = gold.get(file);
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            ExtractedArticle a = extractor.extract(bytes, g.path("url").asText());
            rows.add(new Row(file, g.path("lang").asText(), LocalDate.parse(g.path("date").asText()), a));
        }
        rows.sort(java.util.Comparator.comparing(Row::goldLang).thenComparing(Row::file));
        return new Report(rows);
    }
}
