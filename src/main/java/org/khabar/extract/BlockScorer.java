package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readability's scoring: every paragraph of at least {@value #MIN_PARAGRAPH_CHARS} characters gives its
 * ancestors points for length and commas (the parent all of them, the grandparent half, further ancestors a
 * third per level). Each candidate starts from a tag prior and its {@link ClassWeight}, and its final score is
 * scaled by {@code 1 - link density}, so a menu with long link texts cannot win.
 */
final class BlockScorer {
    static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** List items and table headers are navigation far more often than prose; readability skips them too. */
    private static final Set<String> UNSCORED = Set.of("li", "dt", "dd", "th", "caption", "h1", "figcaption",
            "address", "label", "time", "cite");

    private final LinkDensity density;
    private final boolean useClassWeight;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    BlockScorer(LinkDensity density, boolean useClassWeight) {
        this.density = density;
        this.useClassWeight = useClassWeight;
    }

    Map<Element, Double> score(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.chars() < MIN_PARAGRAPH_CHARS || UNSCORED.contains(b.tag())) continue;
            double points = 1 + b.commas() + Math.min(b.chars() / 100, 3);
            Element ancestor = b.scoreParent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element a = ancestor;
                scores.compute(a, (k, old) -> (old == null ? initial(k) : old) + points / divider);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((e, s) -> s * (1 - density.of(e)));
        return scores;
    }

    /** The prior of a candidate before any paragraph points. */
    double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return useClassWeight ? s + ClassWeight.of(e) : s;
    }
}
