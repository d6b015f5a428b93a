package org.khabar.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.analyze.KeywordTagger;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

/** Runs khabar's tagger and the TF-IDF baseline over AKEC documents and scores both with {@link AkecScorer}. */
public final class KeywordsEval {

    public static final int RANKED = 10;

    /** One AKEC document: its id and text (raw form, which keeps punctuation; BOM and CRs removed). */
    public record AkecDoc(String id, String text) {
    }

    public record Result(Map<String, List<String>> khabar, Map<String, List<String>> baseline,
                         Map<String, Double> khabarScores, Map<String, Double> baselineScores) {
    }

    private KeywordsEval() {
    }

    public static List<String> ids(Path akecDir, Path idsFile) throws IOException {
        Path f = idsFile != null ? idsFile : akecDir.resolve("train.ids");
        List<String> ids = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            l = l.replace("\uFEFF", "").strip();
            if (!l.isEmpty()) {
                ids.add(l.replace(".txt", ""));
            }
        }
        return ids;
    }

    public static AkecDoc document(Path akecDir, String id) throws IOException {
        Path raw = akecDir.resolve("documents/raw/" + id + ".txt");
        Path f = Files.exists(raw) ? raw : akecDir.resolve("documents/pure/" + id + ".txt");
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r", "");
        return new AkecDoc(id, text);
    }

    /** The texts of {@code ids}, read once, in order. */
    public static Map<String, String> texts(Path akecDir, List<String> ids) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : ids) {
            texts.put(id, document(akecDir, id).text());
        }
        return texts;
    }

    /** Each document's ranked tag labels from {@code tagger}, as the scorer reads them (no title: AKEC has none). */
    public static Map<String, List<String>> predict(KeywordTagger tagger, Map<String, String> texts, List<String> ids) {
        Map<String, List<String>> pred = new LinkedHashMap<>();
        for (String id : ids) {
            pred.put(id, tagger.tag("", texts.get(id), RANKED).stream().map(Tag::label).toList());
        }
        return pred;
    }

    public static Result run(Path akecDir, List<String> ids, CorpusStats stats, KeywordTagger tagger) throws IOException {
        return run(AkecScorer.load(akecDir), texts(akecDir, ids), ids, stats, tagger);
    }

    public static Result run(AkecScorer scorer, Map<String, String> texts, List<String> ids, CorpusStats stats,
                             KeywordTagger tagger) {
        TfIdfBaseline baseline = new TfIdfBaseline(stats);
        Map<String, List<String>> k = predict(tagger, texts, ids);
        Map<String, List<String>> b = new LinkedHashMap<>();
        for (String id : ids) {
            b.put(id, baseline.tags("", texts.get(id), RANKED));
        }
        return new Result(k, b, scorer.score(ids, k), scorer.score(ids, b));
    }

    public static void writeJsonl(Path file, Map<String, List<String>> predictions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var e : predictions.entrySet()) {
                ObjectNode o = json.createObjectNode();
                o.put("doc", e.getKey());
                o.putArray("tags").addAll(e.getValue().stream().map(json.getNodeFactory()::textNode).toList());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    public static String table(Map<String, Double> khabar, Map<String, Double> baseline) {
        return table(Map.of("khabar", khabar, "tfidf-1g", baseline));
    }

    /** One row per system, in the order khabar, hand-set, tfidf-1g, then any other. */
    public static String table(Map<String, Map<String, Double>> systems) {
        StringBuilder b = new StringBuilder(String.format("%-10s", "system"));
        AkecScorer.METRICS.forEach(m -> b.append(String.format(" %6s", m)));
        List<String> order = new ArrayList<>(List.of("khabar", "hand-set", "tfidf-1g"));
        order.retainAll(systems.keySet());
        systems.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String name : order) {
            b.append('\n').append(String.format("%-10s", name));
            AkecScorer.METRICS.forEach(m -> b.append(String.format(" %6.3f", systems.get(name).get(m))));
        }
        return b.append('\n').toString();
    }
}
