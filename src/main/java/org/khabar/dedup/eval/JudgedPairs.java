package org.khabar.dedup.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs judged by reading: {@code idA <TAB> idB <TAB> same|different <TAB> reason}. Ids are SaudiNewsNet ids;
 * the order of the two ids does not matter. Only ids and labels are kept in the repository, never article text.
 */
public final class JudgedPairs {
    public static final String RESOURCE = "/org/khabar/dedup/judged-pairs.tsv";
    public static final Path REPO_PATH = Path.of("src/test/resources/org/khabar/dedup/judged-pairs.tsv");

    private final Map<String, Boolean> same = new HashMap<>();

    public static JudgedPairs empty() {
        return new JudgedPairs();
    }

    /** From {@code file} if given, else the repository copy, else the classpath copy, else none. */
    public static JudgedPairs locate(Path file) {
        try {
            if (file != null) return parse(Files.newInputStream(file), file.toString());
            if (Files.isRegularFile(REPO_PATH)) return parse(Files.newInputStream(REPO_PATH), REPO_PATH.toString());
            InputStream in = JudgedPairs.class.getResourceAsStream(RESOURCE);
            return in == null ? empty() : parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading judged pairs: " + e.getMessage(), e);
        }
    }

    static JudgedPairs parse(InputStream in, String name) throws IOException {
        JudgedPairs out = new JudgedPairs();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < 3 || !(cols[2].equals("same") || cols[2].equals("different"))) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected idA, idB, same|different");
                }
                out.same.put(key(cols[0], cols[1]), cols[2].equals("same"));
            }
        }
        return out;
    }

    /** Empty when not judged; otherwise whether the two are the same article. */
    public Optional<Boolean> isSame(String a, String b) {
        return Optional.ofNullable(same.get(key(a, b)));
    }

    public int size() {
        return same.size();
    }

    /** One judged pair. */
    public record Judgment(String a, String b, boolean same) {
    }

    /** Every judged pair. */
    public List<Judgment> all() {
        List<Judgment> out = new ArrayList<>(same.size());
        same.forEach((k, v) -> {
            int tab = k.indexOf('\t');
            out.add(new Judgment(k.substring(0, tab), k.substring(tab + 1), v));
        });
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
    }
}
