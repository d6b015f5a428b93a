package org.khabar.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.khabar.cli.Progress;
import org.khabar.eval.SharedData;
import org.khabar.extract.ArticleExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs khabar's extractor and readability4j on the same ScrapingHub benchmark pages in one run, scoring both with
 * {@link ShingleScore} and timing HTML parsing (jsoup, the same for both) separately from extraction.
 */
public final class ScrapingHubBenchmark {
    /** Scores and timings of one extractor. */
    public record Result(String name, ShingleScore score, long parseNanos, long extractNanos, int pages,
                         Map<String, String> outputs, Map<String, Double> pageF1) {
        public double pagesPerSecond() {
            return pages / ((parseNanos + extractNanos) / 1e9);
        }

        public double extractPagesPerSecond() {
            return pages / (extractNanos / 1e9);
        }
    }

    private final Path dir;

    public ScrapingHubBenchmark(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDir() {
        return SharedData.root().resolve("peer/scrapinghub-article-extraction-benchmark");
    }

    public List<Result> run(int warmupRounds, PrintStream log) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> keys = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            keys.add(key);
            urls.add(truth.get(key).path("url").asText(""));
            htmls.add(read(dir.resolve("html").resolve(key + ".html.gz")));
        }
        ArticleExtractor khabar = new ArticleExtractor();
        for (int r = 0; r < warmupRounds; r++) {
            for (int i = 0; i < keys.size(); i++) {
                khabar.extract(htmls.get(i), urls.get(i));
                new Readability4J(urls.get(i), htmls.get(i)).parse();
            }
        }
        Result k = new Result("khabar", new ShingleScore(), 0, 0, keys.size(), new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        Result rd = new Result("readability4j", new ShingleScore(), 0, 0, keys.size(), new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        long[] kt = new long[2], rt = new long[2];
        try (Progress progress = new Progress("scrapinghub", keys.size(), log)) {
            for (int i = 0; i < keys.size(); i++) {
                String html = htmls.get(i), url = urls.get(i), gold = truth.get(keys.get(i)).path("articleBody").asText("");
                // khabar
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html, url);
                long t1 = System.nanoTime();
                String kText = khabar.extract(doc, url).text();
                long t2 = System.nanoTime();
                kt[0] += t1 - t0;
                kt[1] += t2 - t1;
                record(k, keys.get(i), gold, kText);
                // readability4j on its own parse of the same string
                t0 = System.nanoTime();
                Document doc2 = Jsoup.parse(html, url);
                t1 = System.nanoTime();
                String rText;
                try {
                    rText = new Readability4J(url, doc2).parse().getTextContent();
                } catch (RuntimeException e) {
                    rText = ""; // a crash of the baseline counts as an empty extraction
                }
                t2 = System.nanoTime();
                rt[0] += t1 - t0;
                rt[1] += t2 - t1;
                record(rd, keys.get(i), gold, rText == null ? "" : rText);
                progress.step(1);
            }
        }
        return List.of(
                new Result(k.name(), k.score(), kt[0], kt[1], keys.size(), k.outputs(), k.pageF1()),
                new Result(rd.name(), rd.score(), rt[0], rt[1], keys.size(), rd.outputs(), rd.pageF1()));
    }

    private static void record(Result r, String key, String gold, String text) {
        double[] x = r.score().add(gold, text);
        r.outputs().put(key, text);
        r.pageF1().put(key, ShingleScore.pageF1(x));
    }

    /** Writes {@code output/<name>.json} in the benchmark's format, so its evaluate.py can cross-check. */
    public static void writeOutputs(Path outDir, List<Result> results) throws IOException {
        Files.createDirectories(outDir.resolve("output"));
        ObjectMapper m = new ObjectMapper();
        for (Result r : results) {
            ObjectNode root = m.createObjectNode();
            r.outputs().forEach((k, v) -> root.putObject(k).put("articleBody", v));
            m.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve("output").resolve(r.name() + ".json").toFile(), root);
        }
    }

    public static List<Map.Entry<String, Double>> worst(Result r, int n) {
        return r.pageF1().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).limit(n).toList();
    }

    static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
