package org.khabar.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction-benchmark's scorer, ported line by line from its {@code evaluate.py}:
 * tokens are Python's {@code \w+} (letters, numbers, underscore — not combining marks), shingles are 4-grams,
 * each page's TP/FP/FN are normalised to sum 1, precision and recall are averaged over pages, and F1 is computed
 * from those two means. Accuracy: share of pages whose token lists are equal.
 */
public final class ShingleScore {
    /** Python's re \w under UNICODE: str.isalnum() or '_'; combining marks (Mn/Mc) are not word characters. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private final List<double[]> tpFpFn = new ArrayList<>();
    private int exact;

    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokenize(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> sh = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!sh.isEmpty()) counts.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return counts;
    }

    /** Adds one page; returns its normalised {tp, fp, fn}. */
    public double[] add(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(pred);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        double[] r = s > 0 ? new double[]{tp / s, fp / s, fn / s} : new double[]{tp, fp, fn};
        tpFpFn.add(r);
        if (tokenize(truth).equals(tokenize(pred))) exact++;
        return r;
    }

    public double precision() {
        double sum = 0;
        int n = 0;
        for (double[] x : tpFpFn) {
            if (x[0] + x[1] > 0) {
                sum += precision(x[0], x[1], x[2]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double recall() {
        double sum = 0;
        int n = 0;
        for (double[] x : tpFpFn) {
            if (x[0] + x[2] > 0) {
                sum += recall(x[0], x[1], x[2]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return tpFpFn.isEmpty() ? 0 : (double) exact / tpFpFn.size();
    }

    public int pages() {
        return tpFpFn.size();
    }

    /** Per-page F1 of one normalised triple (for listing the worst pages). */
    public static double pageF1(double[] x) {
        double p = precision(x[0], x[1], x[2]), r = recall(x[0], x[1], x[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double precision(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    static double recall(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }
}
