package org.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.core.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Generates pseudo-articles for scale benchmarks by recombining real ANT and SaudiNewsNet titles and paragraphs:
 * realistic Arabic vocabulary and lengths, but no two articles are copies of each other.
 * Articles are spread evenly over {@code span} so clustering sees a realistic arrival rate.
 */
public final class PseudoArticles {
    private static final String[] OUTLETS = {"alarabiya", "bbc", "cnn", "france24", "skynews", "okaz", "alriyadh", "sabq"};

    private final List<String> titles = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    public PseudoArticles(Path shared) throws IOException {
        for (AntCorpus.Doc d : AntCorpus.load(shared.resolve(AntCorpus.PATH))) add(d.article().title(), d.article().body());
        Path zips = shared.resolve("data/saudinewsnet/zips");
        if (Files.isDirectory(zips)) {
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.list(zips)) {
                for (Path z : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(z))) {
                        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                            if (!e.getName().endsWith(".json")) continue;
                            JsonNode arr = json.readTree(in.readNBytes(64 << 20));
                            for (JsonNode n : arr) add(n.path("title").asText(""), n.path("content").asText(""));
                        }
                    }
                }
            }
        }
        if (titles.isEmpty() || paragraphs.isEmpty()) throw new IllegalStateException("no source text under " + shared);
    }

    private void add(String title, String body) {
        if (!title.isBlank()) titles.add(title.strip());
        for (String p : body.split("\n")) {
            if (p.strip().length() >= 80) paragraphs.add(p.strip());
        }
    }

    public int paragraphCount() {
        return paragraphs.size();
    }

    /** The {@code i}-th pseudo-article (deterministic for a given seed and i), with id i + 1. */
    public Article article(long seed, int i, int n, Instant start, Duration span) {
        Random r = new Random(seed * 1_000_003L + i);
        StringBuilder body = new StringBuilder();
        int paras = 3 + r.nextInt(4);
        for (int p = 0; p < paras; p++) {
            if (p > 0) body.append('\n');
            body.append(paragraphs.get(r.nextInt(paragraphs.size())));
        }
        Instant at = start.plusMillis((long) (span.toMillis() * (i / (double) n)));
        String src = OUTLETS[r.nextInt(OUTLETS.length)];
        return Article.draft("bench:" + i, src, "bench-" + i, titles.get(r.nextInt(titles.size())), at, null, null,
                body.toString(), "bench").withId(i + 1L);
    }
}
