package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readability's "clean conditionally", inside the chosen article root: containers ({@code div}, {@code section},
 * lists, {@code form}, {@code table}) that look like embedded boilerplate — related links, share bars, image
 * galleries, forms — are removed unless they read like prose (ten or more commas). Deepest containers are judged
 * first so a link list nested in a text block goes without the text.
 */
final class ContentCleaner {
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "form", "table", "fieldset",
            "figure", "dl");
    private static final int PROSE_COMMAS = 10;

    private final LinkDensity density;
    private final boolean useClassWeight;

    ContentCleaner(LinkDensity density, boolean useClassWeight) {
        this.density = density;
        this.useClassWeight = useClassWeight;
    }

    void clean(Element root, Map<Element, Double> scores) {
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (int i = all.size() - 1; i >= 1; i--) { // deepest first; never the root itself
            Element e = all.get(i);
            if (!CONDITIONAL.contains(e.normalName()) || e.parent() == null) continue;
            if (shouldRemove(e, scores.getOrDefault(e, 0.0))) {
                e.remove();
                density.invalidate();
            }
        }
    }

    boolean shouldRemove(Element e, double score) {
        int weight = useClassWeight ? ClassWeight.of(e) : 0;
        if (weight + score < 0) return true;
        if (density.commas(e) >= PROSE_COMMAS) return false;
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl");
        int p = e.getElementsByTag("p").size();
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        int len = density.textLength(e);
        double ld = density.of(e);
        boolean inFigure = e.normalName().equals("figure") || Html.isInside(e, "figure");
        if (img > 1 && (double) p / img < 0.5 && !inFigure) return true;
        if (!list && li > p) return true;
        if (inputs > p / 3) return true;
        if (!list && len < 25 && (img == 0 || img > 2) && ld > 0) return true;
        if (!list && weight < 25 && ld > 0.2 && len < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        return list && ld > 0.5;
    }
}
