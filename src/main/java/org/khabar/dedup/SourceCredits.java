package org.khabar.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a text names as its source ("المصدر: سبق", "نقلاً عن الشرق الأوسط", "(واس)") and resolves it to
 * an outlet id. Only names that resolve count, so an arbitrary parenthesised word is harmless.
 * Used to break ties between copies published at the same instant: the credited outlet is the original.
 */
public final class SourceCredits {
    private static final String NAME = "([^\\n.،,:؛;()«»\"]{2,40})";
    // Patterns run on DedupText.normalize output: no diacritics, so "نقلاً" is "نقلا".
    private static final Pattern[] PATTERNS = {
            Pattern.compile("المصدر\\s*[:：\\-–]\\s*" + NAME),
            Pattern.compile("نقلا\\s+عن\\s+" + NAME),
            Pattern.compile("\\(\\s*([^()\\n]{2,30}?)\\s*\\)"),
    };
    /**
     * The literal each pattern starts with. No match can start before the literal's first occurrence, so the
     * search starts there (String.indexOf is a vectorised scan), and a text without it skips the pattern: a regex
     * scan of every position of every body was half of dedup's CPU time at 200,000 articles (JFR).
     */
    private static final String[] ANCHORS = {"المصدر", "نقلا", "("};
    private static final String[] PREFIXES = {"صحيفه ", "جريده ", "وكاله ", "موقع ", "قناه "};

    private final Map<String, String> aliasToSource;
    private final int longestAliasWords;

    public SourceCredits(Map<String, String> aliases) {
        Map<String, String> normalised = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            String key = String.join(" ", DedupText.words(e.getKey()));
            if (key.isEmpty()) continue;
            normalised.put(key, e.getValue());
            longest = Math.max(longest, key.split(" ").length);
        }
        this.aliasToSource = Map.copyOf(normalised);
        this.longestAliasWords = longest;
    }

    /** The built-in aliases (outlet-aliases.tsv) plus {@code extra} (e.g. every stored outlet's display name). */
    public static SourceCredits withDefaults(Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(loadDefaults());
        all.putAll(extra);
        return new SourceCredits(all);
    }

    /** The outlet id credited as the source in {@code text}, if any resolves; the first credit wins. */
    public Optional<String> creditedOutlet(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        return creditedOutletInNormalized(DedupText.normalize(text));
    }

    /** {@link #creditedOutlet} of a text already passed through {@link DedupText#normalize}. */
    Optional<String> creditedOutletInNormalized(String norm) {
        for (int i = 0; i < PATTERNS.length; i++) {
            int from = norm.indexOf(ANCHORS[i]);
            if (from < 0) continue;
            Matcher m = PATTERNS[i].matcher(norm);
            for (boolean found = m.find(from); found; found = m.find()) {
                // After "المصدر:" or "نقلا عن" the name may be followed by more words; in parentheses it must
                // stand alone: "(الرياض والدمام)" names cities, "(واس)" names the agency.
                Optional<String> resolved = resolve(m.group(1), i == PATTERNS.length - 1);
                if (resolved.isPresent()) return resolved;
            }
        }
        return Optional.empty();
    }

    /** Longest alias matching the leading words of {@code phrase}, after an optional "صحيفة"/"وكالة"… prefix. */
    Optional<String> resolve(String phrase, boolean wholeOnly) {
        String words = String.join(" ", DedupText.words(phrase));
        for (String prefix : PREFIXES) {
            if (words.startsWith(prefix) && words.length() > prefix.length()) {
                Optional<String> r = resolveWords(words, wholeOnly);
                return r.isPresent() ? r : resolveWords(words.substring(prefix.length()), wholeOnly);
            }
        }
        return resolveWords(words, wholeOnly);
    }

    private Optional<String> resolveWords(String words, boolean wholeOnly) {
        if (words.isEmpty()) return Optional.empty();
        String[] parts = words.split(" ");
        if (wholeOnly) return Optional.ofNullable(aliasToSource.get(words));
        for (int n = Math.min(parts.length, longestAliasWords); n >= 1; n--) {
            String id = aliasToSource.get(String.join(" ", java.util.Arrays.copyOf(parts, n)));
            if (id != null) return Optional.of(id);
        }
        return Optional.empty();
    }

    static Map<String, String> loadDefaults() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = SourceCredits.class.getResourceAsStream("outlet-aliases.tsv")) {
            if (in == null) throw new IllegalStateException("outlet-aliases.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length == 2) out.put(cols[1].strip(), cols[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
