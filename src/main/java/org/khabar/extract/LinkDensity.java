package org.khabar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of elements, computed once per element (memoised) so scoring many nested candidates
 * stays linear. Link density = share of an element's visible characters that sit inside {@code <a>}: menus and
 * related-article lists are mostly links, article paragraphs mostly not. Lengths count non-whitespace characters,
 * so indentation in the HTML source does not dilute the ratio.
 */
final class LinkDensity {
    private final Map<Element, int[]> stats = new IdentityHashMap<>();

    /** Non-whitespace characters of the element's text. */
    int textLength(Element e) {
        return stats(e)[0];
    }

    int linkLength(Element e) {
        return stats(e)[1];
    }

    /** Commas (Latin, Arabic and full-width): readability's cheap signal for running prose. */
    int commas(Element e) {
        return stats(e)[2];
    }

    double of(Element e) {
        int[] s = stats(e);
        return s[0] == 0 ? 0 : (double) s[1] / s[0];
    }

    /** Forget the cached values that a removal below {@code parent} made stale: those of it and its ancestors. */
    void invalidateFrom(Element parent) {
        for (Element p = parent; p != null; p = p.parent()) {
            if (stats.remove(p) == null) break; // ancestors of an uncached element are uncached too
        }
    }

    private int[] stats(Element e) {
        int[] s = stats.get(e);
        if (s != null) return s;
        s = new int[3];
        boolean link = e.normalName().equals("a");
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                int[] c = count(t.getWholeText());
                s[0] += c[0];
                s[2] += c[1];
                if (link) s[1] += c[0];
            } else if (child instanceof Element ce) {
                int[] cs = stats(ce);
                s[0] += cs[0];
                s[1] += link ? cs[0] : cs[1];
                s[2] += cs[2];
            }
        }
        stats.put(e, s);
        return s;
    }

    static int[] count(String text) {
        int chars = 0, commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') chars++;
            if (c == ',' || c == '،' || c == '，') commas++;
        }
        return new int[]{chars, commas};
    }
}
