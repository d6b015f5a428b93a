package org.khabar.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An editor's review of shown tags: for each (article, tag) a label read by a person — {@code ok} (published
 * unchanged), {@code fragment}, {@code generic}, {@code filler} or {@code wrong} — and the share of shown tags an
 * editor would publish. Tags the labels do not cover are counted as unjudged, never as ok.
 */
public final class TagReview {
    public static final List<String> LABELS = List.of("ok", "fragment", "generic", "filler", "wrong");

    /** (docno, tag label) → review label, in file order. */
    private final Map<String, String> labels;

    private TagReview(Map<String, String> labels) {
        this.labels = labels;
    }

    /** Lines {@code docno<TAB>tag<TAB>label}; '#' comments and blank lines are skipped. */
    public static TagReview read(Path file) {
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3 || !LABELS.contains(f[2])) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected docno, tag and one of " + LABELS);
                }
                labels.put(key(f[0], f[1]), f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
        return new TagReview(labels);
    }

    /** The reviewed articles, in file order. */
    public List<String> docnos() {
        Set<String> out = new LinkedHashSet<>();
        for (String k : labels.keySet()) out.add(k.substring(0, k.indexOf('\t')));
        return new ArrayList<>(out);
    }

    /** The label of {@code tag} shown for {@code docno}, or null when nobody has read it. */
    public String labelOf(String docno, String tag) {
        return labels.get(key(docno, tag));
    }

    /** Counts per label over the given shown tags (docno → tags), plus "unjudged". */
    public Map<String, Integer> count(Map<String, List<String>> shown) {
        Map<String, Integer> counts = new TreeMap<>();
        shown.forEach((doc, tags) -> tags.forEach(t -> {
            String l = labelOf(doc, t);
            counts.merge(l == null ? "unjudged" : l, 1, Integer::sum);
        }));
        return counts;
    }

    private static String key(String docno, String tag) {
        return docno + '\t' + tag;
    }
}
