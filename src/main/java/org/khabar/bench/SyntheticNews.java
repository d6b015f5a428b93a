package org.khabar.bench;

import org.khabar.core.Article;
import org.khabar.ingest.ImportException;
import org.khabar.ingest.ImportItem;
import org.khabar.ingest.ImportReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pseudo-articles for scale benchmarks, recombined from real news: article {@code i} is a title spliced from two
 * real headlines plus 3–8 real paragraphs, each from a different source article of one outlet and section, so the
 * vocabulary, lengths and topical mix are those of real Arabic news, but no two outputs are copies of each other.
 *
 * <p>Only the paragraph pool is held in memory (each distinct paragraph once); articles are made on demand from
 * {@code (seed, i)}, so a run can stream any number of them and a later run can continue from any index with the
 * same results.
 *
 * <p>Why outputs are not near-duplicates: a pool holds thousands of paragraphs (small sections are pooled by
 * outlet), each article draws its paragraphs without replacement from distinct source articles, and repeated
 * paragraphs (boilerplate) are kept once. Two articles sharing most of their paragraphs is then vanishingly rare
 * ({@code SyntheticNewsTest} checks it pairwise, and the benchmark prints how many outputs dedup flagged).
 */
public final class SyntheticNews {
    /** Paragraphs shorter than this are captions, datelines or "read also" links, not text. */
    static final int MIN_PARAGRAPH_CHARS = 80;
    /**
     * Longer paragraphs (some sources have one-paragraph bodies) are cut into sentence runs of at most this many
     * characters, so one shared paragraph can never be most of an article's text (dedup would rightly call that a
     * copy).
     */
    static final int MAX_PARAGRAPH_CHARS = 500;
    /** Paragraphs are added until the body is at least this long: about ANT's average of 1.7 KB. */
    static final int MIN_BODY_CHARS = 1_200;
    static final int MAX_BODY_PARAGRAPHS = 12;
    /** A section with fewer paragraphs is pooled with its outlet's other small sections. */
    static final int MIN_POOL_PARAGRAPHS = 400;
    static final int MIN_PARAGRAPHS = 3;
    static final int MAX_PARAGRAPHS = 8;
    /** About the arrival rate of ANT's five outlets, so clustering's time window sees a realistic load. */
    static final Duration INTERVAL = Duration.ofSeconds(288);
    static final Instant START = Instant.parse("2019-01-01T00:00:00Z");

    /** One real article to take text from. */
    public record SourceText(String outlet, String section, String title, String body) {
    }

    /** Paragraphs of one outlet (and section), each tagged with the source article it came from. */
    private record Pool(String outlet, String section, String[] titles, String[] paragraphs, int[] owners) {
    }

    private final long seed;
    private final List<Pool> pools;
    /** Cumulative paragraph counts: a pool is chosen in proportion to its size. */
    private final long[] cumulative;
    private final int paragraphCount;

    private SyntheticNews(long seed, List<Pool> pools) {
        if (pools.isEmpty()) throw new IllegalArgumentException("no source text with usable paragraphs");
        this.seed = seed;
        this.pools = pools;
        this.cumulative = new long[pools.size()];
        long sum = 0;
        for (int p = 0; p < pools.size(); p++) {
            sum += pools.get(p).paragraphs().length;
            cumulative[p] = sum;
        }
        this.paragraphCount = (int) sum;
    }

    /** A generator over the given texts. */
    public static SyntheticNews of(long seed, Iterable<SourceText> texts) {
        return new SyntheticNews(seed, new PoolBuilder().addAll(texts).build());
    }

    /**
     * A generator over ANT ({@code data/ant/ant-v2.1.jsonl.gz}, by outlet and section) and SaudiNewsNet
     * ({@code data/saudinewsnet/zips}, by outlet) under {@code shared}, read with khabar's own import reader.
     */
    public static SyntheticNews fromShared(long seed, Path shared) throws IOException {
        PoolBuilder builder = new PoolBuilder();
        Path ant = shared.resolve("data/ant/ant-v2.1.jsonl.gz");
        Path snn = shared.resolve("data/saudinewsnet/zips");
        if (!Files.isRegularFile(ant) && !Files.isDirectory(snn)) {
            throw new IOException("neither " + ant + " nor " + snn + " exists");
        }
        if (Files.isRegularFile(ant)) read(ant, builder);
        if (Files.isDirectory(snn)) read(snn, builder);
        return new SyntheticNews(seed, builder.build());
    }

    private static void read(Path path, PoolBuilder builder) throws IOException {
        try (ImportReader reader = ImportReader.open(path, Optional.empty())) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ImportItem.Parsed p) {
                    Article a = p.article();
                    builder.add(new SourceText(a.sourceId(), a.category(), a.title(), a.body()));
                }
            }
        } catch (ImportException e) {
            throw new IOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public int paragraphCount() {
        return paragraphCount;
    }

    public int poolCount() {
        return pools.size();
    }

    /** The {@code i}-th article (i ≥ 0): the same for the same seed and sources, whatever was generated before. */
    public Article article(long i) {
        if (i < 0) throw new IllegalArgumentException("article index must be >= 0: " + i);
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Pool pool = pools.get(pickPool(r.nextLong(paragraphCount)));
        int wanted = MIN_PARAGRAPHS + r.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        Set<Integer> owners = new HashSet<>();
        StringBuilder body = new StringBuilder();
        // Distinct source articles, so an output never carries one real article's text as its core.
        for (int tries = 0; (owners.size() < wanted || body.length() < MIN_BODY_CHARS)
                && owners.size() < Math.min(MAX_BODY_PARAGRAPHS, pool.paragraphs().length) && tries < 200; tries++) {
            int k = r.nextInt(pool.paragraphs().length);
            if (!owners.add(pool.owners()[k])) continue;
            if (body.length() > 0) body.append('\n');
            body.append(pool.paragraphs()[k]);
        }
        String title = splice(pool.titles()[r.nextInt(pool.titles().length)],
                pool.titles()[r.nextInt(pool.titles().length)]);
        Instant published = START.plus(INTERVAL.multipliedBy(i));
        return Article.draft("https://synthetic.khabar.invalid/" + pool.outlet() + "/" + i, pool.outlet(),
                "synthetic-" + i, title, published, null, null, body.toString(), pool.section());
    }

    private int pickPool(long ticket) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > ticket) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** First half of one headline, second half of another: headlines stay headline-like but rarely repeat. */
    static String splice(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < (x.length + 1) / 2; k++) t.append(x[k]).append(' ');
        for (int k = y.length / 2; k < y.length; k++) t.append(y[k]).append(' ');
        return t.toString().strip();
    }

    /** The body's paragraphs of usable length, long ones cut into runs of whole sentences. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String p = raw.strip();
            if (p.length() <= MAX_PARAGRAPH_CHARS) {
                if (p.length() >= MIN_PARAGRAPH_CHARS) out.add(p);
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (String sentence : p.split("(?<=[.!?؟])\\s+")) {
                String rest = sentence;
                while (rest.length() > MAX_PARAGRAPH_CHARS) { // one overlong sentence: cut at a space
                    int cut = rest.lastIndexOf(' ', MAX_PARAGRAPH_CHARS);
                    if (cut < MIN_PARAGRAPH_CHARS) cut = MAX_PARAGRAPH_CHARS;
                    flush(run, out);
                    out.add(rest.substring(0, cut).strip());
                    rest = rest.substring(cut).strip();
                }
                if (run.length() + rest.length() + 1 > MAX_PARAGRAPH_CHARS) flush(run, out);
                if (run.length() > 0) run.append(' ');
                run.append(rest);
            }
            flush(run, out);
        }
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() >= MIN_PARAGRAPH_CHARS) out.add(run.toString().strip());
        run.setLength(0);
    }

    /** Collects paragraphs by outlet and section, each distinct paragraph once. */
    private static final class PoolBuilder {
        private final Map<String, List<String>> titles = new LinkedHashMap<>();
        private final Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        private final Map<String, List<Integer>> owners = new LinkedHashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private int sourceArticles;

        PoolBuilder addAll(Iterable<SourceText> texts) {
            for (SourceText t : texts) add(t);
            return this;
        }

        void add(SourceText t) {
            if (t.outlet() == null || t.title() == null || t.body() == null || t.title().isBlank()) return;
            String key = t.outlet() + "\t" + (t.section() == null ? "" : t.section());
            int owner = sourceArticles++;
            boolean any = false;
            for (String p : paragraphs(t.body())) {
                if (!seen.add(hash64(p))) continue;
                paragraphs.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                owners.computeIfAbsent(key, k -> new ArrayList<>()).add(owner);
                any = true;
            }
            if (any) titles.computeIfAbsent(key, k -> new ArrayList<>()).add(t.title().strip());
        }

        List<Pool> build() {
            // Small sections are pooled per outlet so no pool is small enough for outputs to repeat its text.
            Map<String, String> poolOf = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : paragraphs.entrySet()) {
                String outlet = e.getKey().substring(0, e.getKey().indexOf('\t'));
                poolOf.put(e.getKey(), e.getValue().size() >= MIN_POOL_PARAGRAPHS ? e.getKey() : outlet + "\t");
            }
            Map<String, List<String>> pt = new LinkedHashMap<>();
            Map<String, List<String>> pp = new LinkedHashMap<>();
            Map<String, List<Integer>> po = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : poolOf.entrySet()) {
                pt.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).addAll(titles.get(e.getKey()));
                pp.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).addAll(paragraphs.get(e.getKey()));
                po.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).addAll(owners.get(e.getKey()));
            }
            List<Pool> pools = new ArrayList<>();
            for (String key : pp.keySet()) {
                String outlet = key.substring(0, key.indexOf('\t'));
                String section = key.substring(key.indexOf('\t') + 1);
                pools.add(new Pool(outlet, section.isEmpty() ? null : section, pt.get(key).toArray(String[]::new),
                        pp.get(key).toArray(String[]::new),
                        po.get(key).stream().mapToInt(Integer::intValue).toArray()));
            }
            return pools;
        }

        private static long hash64(String s) {
            long h = 0xcbf29ce484222325L;
            for (int k = 0; k < s.length(); k++) {
                h ^= s.charAt(k);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }
}
