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
    private final java.util.Map<Element, int[]> tagCounts = new java.util.IdentityHashMap<>();

    ContentCleaner(LinkDensity density, boolean useClassWeight) {
        this.density = density;
        this.useClassWeight = useClassWeight;
    }

    void clean(Element root, Map<Element, Double> scores) {
        clean(root, scores, new DomJournal());
    }

    void clean(Element root, Map<Element, Double> scores, DomJournal journal) {
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (int i = all.size() - 1; i >= 1; i--) { // deepest first; never the root itself
            Element e = all.get(i);
            if (!CONDITIONAL.contains(e.normalName()) || e.parent() == null) continue;
            if (shouldRemove(e, scores.getOrDefault(e, 0.0))) {
                Element parent = e.parent();
                journal.remove(e);
                density.invalidateFrom(parent);
                for (Element a = parent; a != null && tagCounts.remove(a) != null; a = a.parent()) {
                    // counts of the removed element's ancestors are stale
                }
            }
        }
    }

    /** Descendant counts of paragraphs (p, or div used as one), img, li, input; memoised bottom-up (cleared when the tree changes). */
    private int[] counts(Element e) {
        int[] c = tagCounts.get(e);
        if (c != null) return c;
        c = new int[4];
        for (Element child : e.children()) {
            int[] cc = counts(child);
            for (int i = 0; i < 4; i++) c[i] += cc[i];
            switch (child.normalName()) {
                case "p" -> c[0]++;
                // a div holding only inline content is a paragraph to a reader (readability's div-to-p)
                case "div" -> c[0] += Html.hasBlockChild(child) ? 0 : 1;
                case "img" -> c[1]++;
                case "li" -> c[2]++;
                case "input" -> c[3]++;
                default -> { }
            }
        }
        tagCounts.put(e, c);
        return c;
    }

    boolean shouldRemove(Element e, double score) {
        int weight = useClassWeight ? ClassWeight.of(e) : 0;
        if (weight + score < 0) return true;
        if (density.commas(e) >= PROSE_COMMAS) return false;
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl");
        int[] c = counts(e);
        int p = c[0];
        int img = c[1];
        int li = c[2] - 100;
        int inputs = c[3];
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
