package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the article root from the scored candidates, as readability does: the best candidate, moved up to a
 * common ancestor when several near-best candidates share one (articles split into sections), and to a parent
 * that scores better; then the root's siblings that look like more of the same article are added.
 */
final class ContentSelector {
    private static final double NEAR_BEST = 0.75;
    private static final int MIN_SHARED = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。](\\s|$)");

    private final LinkDensity density;

    ContentSelector(LinkDensity density) {
        this.density = density;
    }

    /** The elements holding the article, in document order; empty when nothing scored. */
    List<Element> select(Map<Element, Double> scores, List<TextBlock> blocks) {
        Element top = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (top == null) return List.of();
        top = promoteToSharedAncestor(top, scores);
        top = climbToBetterParent(top, scores);
        while (top.parent() != null && !top.parent().normalName().equals("body")
                && !top.parent().normalName().equals("html") && top.parent().childrenSize() == 1) {
            top = top.parent(); // a lone child of a wrapper: the wrapper is the same content
        }
        return withSiblings(top, scores, blocks);
    }

    private Element promoteToSharedAncestor(Element top, Map<Element, Double> scores) {
        double best = scores.get(top);
        List<Element> near = scores.entrySet().stream()
                .filter(e -> e.getKey() != top && e.getValue() >= best * NEAR_BEST)
                .sorted(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(5).map(Map.Entry::getKey).toList();
        if (near.size() < MIN_SHARED) return top;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            int shared = 0;
            for (Element n : near) if (isAncestor(p, n)) shared++;
            if (shared >= MIN_SHARED) return p;
        }
        return top;
    }

    private static Element climbToBetterParent(Element top, Map<Element, Double> scores) {
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) continue;
            if (s < threshold) break;
            if (s > last) return p;
            last = s;
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, List<TextBlock> blocks) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                roots.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && sib.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sib);
            if (s != null && s + bonus >= threshold) {
                roots.add(sib);
            } else if (!Html.hasBlockChild(sib) && !Html.HEADINGS.contains(sib.normalName())) {
                int len = density.textLength(sib);
                double ld = density.of(sib);
                String text = sib.text();
                if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && SENTENCE_END.matcher(text).find())) {
                    roots.add(sib);
                }
            }
        }
        return roots;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == anc) return true;
        return false;
    }
}
