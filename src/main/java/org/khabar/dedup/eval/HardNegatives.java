package org.khabar.dedup.eval;

import org.khabar.dedup.DedupText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Same topic, different event: pairs of articles from the same outlet published at least {@code minDaysApart} days
 * apart that share many of their most characteristic words (top TF-IDF terms, a stand-in for tags), excluding pairs
 * of the same gold group. These are an outlet's recurring formats (congratulation cables, weather bulletins,
 * execution statements, market reports, follow-ups of a running story): they look alike to a bag-of-words measure
 * and share whole sentences, and a copy detector must keep them apart. Same-day pairs are not used: on SaudiNewsNet
 * they are mostly real re-publications (web and print versions), i.e. not negatives at all.
 * Pairs judged "same" by reading are excluded by the evaluation.
 */
public final class HardNegatives {
    private HardNegatives() {
    }

    /** Pairs (ids, lower first) sharing at least {@code minShared} of each side's top {@code topTerms} terms. */
    public static List<long[]> find(List<SnnArticle> articles, Map<Long, Integer> goldGroupOf, int topTerms,
                                    int minShared, int minWords, int limit, long seed) {
        return find(articles, goldGroupOf, topTerms, minShared, minWords, limit, seed, 2);
    }

    public static List<long[]> find(List<SnnArticle> articles, Map<Long, Integer> goldGroupOf, int topTerms,
                                    int minShared, int minWords, int limit, long seed, int minDaysApart) {
        Map<String, Integer> df = new HashMap<>();
        List<List<String>> words = new ArrayList<>(articles.size());
        for (SnnArticle a : articles) {
            List<String> w = DedupText.words(a.content());
            words.add(w);
            for (String t : new HashSet<>(w)) if (t.length() >= 3) df.merge(t, 1, Integer::sum);
        }
        int n = articles.size();
        Map<Long, SnnArticle> byId = new HashMap<>();
        for (SnnArticle a : articles) byId.put(a.id(), a);
        Map<String, Map<String, List<Long>>> byDayTerm = new HashMap<>();
        Map<Long, Set<String>> topOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SnnArticle a = articles.get(i);
            List<String> w = words.get(i);
            if (w.size() < minWords) continue;
            Map<String, Integer> tf = new HashMap<>();
            for (String t : w) if (t.length() >= 3) tf.merge(t, 1, Integer::sum);
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                int d = df.get(e.getKey());
                if (d < 2 || d > n / 20) continue; // unique words can't be shared; very common ones are no topic
                scored.add(Map.entry(e.getKey(), e.getValue() * Math.log((double) n / d)));
            }
            scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            Set<String> top = new HashSet<>();
            for (int k = 0; k < Math.min(topTerms, scored.size()); k++) top.add(scored.get(k).getKey());
            topOf.put(a.id(), top);
            Map<String, List<Long>> index = byDayTerm.computeIfAbsent(a.source(), d -> new HashMap<>());
            for (String t : top) index.computeIfAbsent(t, x -> new ArrayList<>()).add(a.id());
        }
        List<long[]> pairs = new ArrayList<>();
        for (Map<String, List<Long>> index : byDayTerm.values()) {
            Map<Long, Map<Long, Integer>> shared = new HashMap<>();
            for (List<Long> ids : index.values()) {
                for (int x = 0; x < ids.size(); x++) {
                    for (int y = x + 1; y < ids.size(); y++) {
                        long p = Math.min(ids.get(x), ids.get(y)), q = Math.max(ids.get(x), ids.get(y));
                        shared.computeIfAbsent(p, k -> new HashMap<>()).merge(q, 1, Integer::sum);
                    }
                }
            }
            shared.forEach((p, row) -> row.forEach((q, count) -> {
                if (count < minShared) return;
                long days = Math.abs(java.time.Duration.between(byId.get(p).published(), byId.get(q).published()).toDays());
                if (days < minDaysApart) return;
                Integer gp = goldGroupOf.get(p);
                if (gp != null && gp.equals(goldGroupOf.get(q))) return;
                pairs.add(new long[]{p, q});
            }));
        }
        pairs.sort((u, v) -> u[0] != v[0] ? Long.compare(u[0], v[0]) : Long.compare(u[1], v[1]));
        Collections.shuffle(pairs, new Random(seed));
        return pairs.size() > limit ? new ArrayList<>(pairs.subList(0, limit)) : pairs;
    }
}
