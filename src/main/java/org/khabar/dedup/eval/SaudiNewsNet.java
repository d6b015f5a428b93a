package org.khabar.dedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the SaudiNewsNet zips and the exact-duplicate gold groups. */
public final class SaudiNewsNet {
    private static final DateTimeFormatter EXTRACTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long MAX_ENTRY_BYTES = 64L << 20; // a day's JSON is ~10 MB; refuse zip bombs

    private final List<SnnArticle> articles;
    private final Map<String, SnnArticle> byKey = new HashMap<>();
    private final List<List<String>> goldGroups;

    private SaudiNewsNet(List<SnnArticle> articles, List<List<String>> goldGroups) {
        this.articles = articles;
        this.goldGroups = goldGroups;
        for (SnnArticle a : articles) byKey.put(a.key(), a);
    }

    public static SaudiNewsNet load(Path dir) {
        Path zips = dir.resolve("zips");
        if (!Files.isDirectory(zips)) throw new IllegalArgumentException("no zips/ under " + dir.toAbsolutePath());
        ObjectMapper json = new ObjectMapper();
        record Raw(String key, String source, Instant published, String title, String content) {
        }
        List<Raw> raw = new ArrayList<>();
        try (Stream<Path> files = Files.list(zips)) {
            for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                    ZipEntry e;
                    while ((e = in.getNextEntry()) != null) {
                        if (!e.getName().endsWith(".json")) continue;
                        JsonNode array = json.readTree(bounded(in, zip));
                        if (!array.isArray()) throw new IllegalArgumentException(zip + ": not a JSON array");
                        String member = Path.of(e.getName()).getFileName().toString();
                        for (int i = 0; i < array.size(); i++) {
                            JsonNode a = array.get(i);
                            raw.add(new Raw(member + "#" + i, text(a, "source"), parseDate(text(a, "date_extracted")),
                                    text(a, "title"), text(a, "content")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + zips + ": " + e.getMessage(), e);
        }
        raw.sort(Comparator.comparing(Raw::published).thenComparing(Raw::key));
        List<SnnArticle> articles = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            articles.add(new SnnArticle(articles.size() + 1, r.key(), r.source(), r.published(), r.title(), r.content()));
        }
        return new SaudiNewsNet(articles, readGold(dir.resolve("derived").resolve("exact_dup_content_groups.tsv")));
    }

    private static Instant parseDate(String s) {
        try {
            return LocalDateTime.parse(s.strip(), EXTRACTED).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return Instant.EPOCH; // unparseable: earliest, so it never wins a tie by accident of parsing
        }
    }

    private static byte[] bounded(InputStream in, Path zip) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        if (bytes.length > MAX_ENTRY_BYTES) throw new IOException(zip + ": entry larger than " + MAX_ENTRY_BYTES);
        return bytes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<List<String>> readGold(Path tsv) {
        List<List<String>> groups = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < 4) throw new IllegalArgumentException(tsv + ": bad line: " + line);
                groups.add(List.of(cols[3].strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + tsv + ": " + e.getMessage(), e);
        }
        return groups;
    }

    public List<SnnArticle> articles() { return articles; }

    public List<List<String>> goldGroups() { return goldGroups; }

    public SnnArticle byKey(String key) {
        SnnArticle a = byKey.get(key);
        if (a == null) throw new IllegalArgumentException("unknown SaudiNewsNet id " + key);
        return a;
    }

    public SnnArticle byId(long id) {
        return articles.get((int) id - 1);
    }
}
