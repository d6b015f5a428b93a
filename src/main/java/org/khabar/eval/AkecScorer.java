package org.khabar.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Java port of the reference scorer {@code eval/akec_score.py}, exactly its protocol: gold is the top 10 (after
 * de-duplication) of {@code keyphrases/sort_frequency/pure.txt}; tags and gold match on normalised, light10-stemmed
 * token sequences; each gold phrase matches at most one tag; duplicate tags count once; A@5 is the share of the top
 * 5 tags matching any crowd phrase. Macro-averaged over documents.
 */
public final class AkecScorer {

    private static final String[] PREFIXES = {"ال", "وال", "بال", "كال", "فال", "لل", "و"};
    private static final String[] SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"};
    public static final List<String> METRICS = List.of("P@5", "R@5", "F1@5", "P@10", "R@10", "F1@10", "A@5");

    private final Map<String, List<String>> gold;

    public AkecScorer(Map<String, List<String>> gold) {
        this.gold = gold;
    }

    /** Loads {@code AKEC_DIR/keyphrases/sort_frequency/pure.txt}. */
    public static AkecScorer load(Path akecDir) throws IOException {
        Map<String, List<String>> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(akecDir.resolve("keyphrases/sort_frequency/pure.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            List<String> kps = new ArrayList<>();
            for (String k : line.substring(colon + 1).split(",", -1)) {
                if (!k.strip().isEmpty()) {
                    kps.add(k.strip());
                }
            }
            gold.put(line.substring(0, colon).strip(), kps);
        }
        return new AkecScorer(gold);
    }

    public Map<String, List<String>> gold() {
        return gold;
    }

    /** Macro-averaged metrics over {@code ids}; a document without prediction scores zero. */
    public Map<String, Double> score(List<String> ids, Map<String, List<String>> predictions) {
        Map<String, Double> sums = new LinkedHashMap<>();
        METRICS.forEach(m -> sums.put(m, 0.0));
        for (String doc : ids) {
            List<String> g = gold.get(doc);
            if (g == null) {
                throw new IllegalArgumentException("no gold for " + doc);
            }
            List<List<String>> tags = dedup(predictions.getOrDefault(doc, List.of()));
            List<List<String>> allg = dedup(g);
            List<List<String>> top10 = allg.subList(0, Math.min(10, allg.size()));
            for (int k : new int[] {5, 10}) {
                int h = matches(tags.subList(0, Math.min(k, tags.size())), top10);
                double p = (double) h / k;
                double r = (double) h / top10.size();
                sums.merge("P@" + k, p, Double::sum);
                sums.merge("R@" + k, r, Double::sum);
                sums.merge("F1@" + k, p + r > 0 ? 2 * p * r / (p + r) : 0.0, Double::sum);
            }
            long a = tags.subList(0, Math.min(5, tags.size())).stream().filter(allg::contains).count();
            sums.merge("A@5", a / 5.0, Double::sum);
        }
        sums.replaceAll((k, v) -> v / ids.size());
        return sums;
    }

    private static int matches(List<List<String>> tags, List<List<String>> goldKeys) {
        List<List<String>> left = new ArrayList<>(goldKeys);
        int hit = 0;
        for (List<String> t : tags) {
            if (left.remove(t)) {
                hit++;
            }
        }
        return hit;
    }

    private static List<List<String>> dedup(List<String> phrases) {
        LinkedHashSet<List<String>> seen = new LinkedHashSet<>();
        for (String p : phrases) {
            List<String> k = key(p);
            if (!k.isEmpty()) {
                seen.add(k);
            }
        }
        return new ArrayList<>(seen);
    }

    /** The scorer's matching key of a phrase: normalised, light-stemmed tokens. */
    public static List<String> key(String phrase) {
        String s = normalize(phrase);
        List<String> out = new ArrayList<>();
        for (String t : s.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(stem(t));
            }
        }
        return out;
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if ((cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                    || (cp >= 0x06D6 && cp <= 0x06ED) || cp == 0x0640) {
                return;
            }
            switch (cp) {
                case 'أ', 'إ', 'آ', 'ٱ' -> cp = 'ا';
                case 'ى' -> cp = 'ي';
                case 'ة' -> cp = 'ه';
                default -> { }
            }
            // Python's [^\w\s]: anything neither alphanumeric/underscore nor whitespace becomes a space
            if (!(Character.isLetterOrDigit(cp) || cp == '_' || Character.isWhitespace(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER)) {
                cp = ' ';
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }

    static String stem(String w) {
        for (String p : PREFIXES) {
            if (p.length() == 1 && w.length() < 4) {
                continue;
            }
            if (w.length() >= p.length() + 2 && w.startsWith(p)) {
                w = w.substring(p.length());
                break;
            }
        }
        for (String suf : SUFFIXES) {
            if (w.length() >= suf.length() + 2 && w.endsWith(suf)) {
                w = w.substring(0, w.length() - suf.length());
            }
        }
        return w;
    }
}
