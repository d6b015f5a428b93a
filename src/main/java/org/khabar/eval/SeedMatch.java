package org.khabar.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The seed check's matching rule: a seed tag is found when a predicted tag's stem sequence (the AKEC scorer's key)
 * equals it or contains it contiguously; each predicted tag counts for one seed tag at most (maximum matching).
 */
public final class SeedMatch {

    private SeedMatch() {
    }

    public static boolean covers(List<String> predicted, List<String> seed) {
        if (seed.isEmpty() || seed.size() > predicted.size()) {
            return false;
        }
        for (int i = 0; i + seed.size() <= predicted.size(); i++) {
            if (predicted.subList(i, i + seed.size()).equals(seed)) {
                return true;
            }
        }
        return false;
    }

    /** Number of seed tags found, each predicted tag used for at most one seed tag. */
    public static int found(List<String> seedTags, List<String> predictedTags) {
        List<List<String>> seeds = seedTags.stream().map(AkecScorer::key).toList();
        List<List<String>> preds = predictedTags.stream().map(AkecScorer::key).toList();
        int[] owner = new int[preds.size()];
        Arrays.fill(owner, -1);
        int found = 0;
        for (int s = 0; s < seeds.size(); s++) {
            if (augment(s, seeds, preds, owner, new boolean[preds.size()])) {
                found++;
            }
        }
        return found;
    }

    private static boolean augment(int s, List<List<String>> seeds, List<List<String>> preds, int[] owner, boolean[] seen) {
        for (int p = 0; p < preds.size(); p++) {
            if (!seen[p] && covers(preds.get(p), seeds.get(s))) {
                seen[p] = true;
                if (owner[p] < 0 || augment(owner[p], seeds, preds, owner, seen)) {
                    owner[p] = s;
                    return true;
                }
            }
        }
        return false;
    }
}
