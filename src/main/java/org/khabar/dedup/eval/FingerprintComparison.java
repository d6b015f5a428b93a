package org.khabar.dedup.eval;

import org.khabar.dedup.CopyRule;
import org.khabar.dedup.DedupConfig;
import org.khabar.dedup.DedupText;
import org.khabar.dedup.Fingerprint;
import org.khabar.dedup.Fingerprinter;
import org.khabar.dedup.Shingles;
import org.khabar.dedup.SimHasher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Pair-level comparison of fingerprint methods on the same labelled pairs: MinHash + LSH with the copy rule at
 * several shingle sizes, and SimHash at several Hamming thresholds. Used to choose the method
 * (docs/benchmarks-dedup.md); the production path uses only the chosen one.
 */
public final class FingerprintComparison {
    /** A labelled pair of texts: {@code set} names the pair set (gold-cross, an edit kind, hard-negative). */
    record Pair(String set, String a, String b) {
    }

    interface Method {
        String name();

        boolean flags(String a, String b);
    }

    private FingerprintComparison() {
    }

    public static void run(SaudiNewsNet corpus, DedupEvaluation.Options options, PrintStream out) {
        List<Pair> pairs = pairs(corpus, options);
        List<Method> methods = new ArrayList<>();
        for (int k : new int[]{2, 3, 4, 5}) methods.add(minhash(options.config().withShingleSize(k)));
        methods.add(minhash(options.config().withBanding(16, 8)));
        methods.add(minhash(options.config().withBanding(20, 5)));
        // Jaccard alone (containment rule disabled: it would need the smaller body to be the whole larger one)
        methods.add(minhash(options.config().withThresholds(0.5, 1.0, 1.0)));
        for (int t : new int[]{3, 6, 10, 14}) methods.add(simhash(3, t));

        Map<String, List<Pair>> bySet = new LinkedHashMap<>();
        for (Pair p : pairs) bySet.computeIfAbsent(p.set(), s -> new ArrayList<>()).add(p);
        out.print("| method |");
        bySet.forEach((set, ps) -> out.print(" " + set + " (n=" + ps.size() + ") |"));
        out.println();
        out.println("|---|" + "---|".repeat(bySet.size()));
        for (Method m : methods) {
            out.print("| " + m.name() + " |");
            bySet.forEach((set, ps) -> {
                long flagged = ps.stream().filter(p -> m.flags(p.a(), p.b())).count();
                out.printf(" %.3f |", (double) flagged / ps.size());
            });
            out.println();
        }
        out.println("(cells: fraction of pairs flagged as copies — recall for gold/edits, false-positive rate for "
                + "hard-negative)");
    }

    static List<Pair> pairs(SaudiNewsNet corpus, DedupEvaluation.Options options) {
        List<Pair> out = new ArrayList<>();
        Map<Long, Integer> goldOf = new HashMap<>();
        List<List<String>> gold = corpus.goldGroups();
        for (int gi = 0; gi < gold.size(); gi++) {
            List<SnnArticle> members = gold.get(gi).stream().map(corpus::byKey).toList();
            for (SnnArticle m : members) goldOf.put(m.id(), gi);
            if (members.stream().map(SnnArticle::source).distinct().count() > 1) {
                out.add(new Pair("gold-cross", members.get(0).content(), members.get(1).content()));
            }
        }
        List<SnnArticle> pool = new ArrayList<>();
        for (SnnArticle a : corpus.articles()) {
            if (a.content().strip().split("\\s+").length >= options.editMinWords()) pool.add(a);
        }
        Collections.shuffle(pool, new Random(options.seed()));
        List<SnnArticle> base = pool.subList(0, Math.min(options.editSamples(), pool.size()));
        Random r = new Random(options.seed());
        for (SyntheticEdits.Kind kind : SyntheticEdits.Kind.values()) {
            if (kind == SyntheticEdits.Kind.CHANGED_HEADLINE) continue; // body unchanged: every method finds it
            for (SnnArticle a : base) {
                out.add(new Pair(kind.name().toLowerCase(java.util.Locale.ROOT), a.content(),
                        SyntheticEdits.apply(kind, a.title(), a.content(), r).body()));
            }
        }
        for (long[] p : HardNegatives.find(corpus.articles(), goldOf, options.hardNegativeTopTerms(),
                options.hardNegativeMinShared(), options.config().minWords(), options.hardNegativeLimit(),
                options.seed())) {
            out.add(new Pair("hard-negative", corpus.byId(p[0]).content(), corpus.byId(p[1]).content()));
        }
        return out;
    }

    static Method minhash(DedupConfig config) {
        Fingerprinter f = new Fingerprinter(config);
        CopyRule rule = new CopyRule(config);
        String name = String.format(java.util.Locale.ROOT, "MinHash k=%d %dx%d J>=%.2f C>=%.2f", config.shingleSize(),
                config.bands(), config.rows(), config.minJaccard(),
                config.minContainment());
        return new Method() {
            public String name() { return name; }

            public boolean flags(String a, String b) {
                Fingerprint fa = f.fingerprint(a), fb = f.fingerprint(b);
                if (fa == null || fb == null) return false;
                long[] ka = f.bandKeys(fa), kb = f.bandKeys(fb);
                boolean candidate = false;
                for (int i = 0; i < ka.length; i++) candidate |= ka[i] == kb[i];
                return candidate && rule.isCopy(fa, fb);
            }
        };
    }

    static Method simhash(int k, int maxDistance) {
        return new Method() {
            public String name() { return "SimHash-64 k=" + k + " d<=" + maxDistance; }

            public boolean flags(String a, String b) {
                List<String> wa = DedupText.words(a), wb = DedupText.words(b);
                if (wa.size() < 10 || wb.size() < 10) return false;
                return SimHasher.distance(SimHasher.hash(Shingles.of(wa, k)), SimHasher.hash(Shingles.of(wb, k)))
                        <= maxDistance;
            }
        };
    }
}
