package org.khabar.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B³ (Bagga & Baldwin) precision and recall of a clustering against gold clusters, averaged over items:
 * for each item, precision = share of its system cluster that is in its gold cluster, recall = share of its gold
 * cluster that is in its system cluster. Only items present in the gold are scored.
 */
public final class BCubed {
    public record Score(double precision, double recall, int items) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private BCubed() {
    }

    public static <K> Score score(Map<K, String> gold, Map<K, String> system) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> sysSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (K item : gold.keySet()) {
            String s = Objects.requireNonNull(system.get(item), () -> "no system cluster for " + item);
            goldSize.merge(gold.get(item), 1, Integer::sum);
            sysSize.merge(s, 1, Integer::sum);
            both.merge(gold.get(item) + "\u0000" + s, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (K item : gold.keySet()) {
            String g = gold.get(item);
            String s = system.get(item);
            int inter = both.get(g + "\u0000" + s);
            p += inter / (double) sysSize.get(s);
            r += inter / (double) goldSize.get(g);
        }
        int n = gold.size();
        return n == 0 ? new Score(0, 0, 0) : new Score(p / n, r / n, n);
    }
}
