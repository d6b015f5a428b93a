package org.khabar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Set;

/** HTML facts the extractor relies on: which tags are phrasing (inline) content and which are headings. */
final class Html {
    /** Phrasing content: these never start a new paragraph (unless they wrap block elements). */
    static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "picture", "source",
            "math", "output", "ruby", "rt", "rp");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Html() {
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    /** An inline element that wraps a block (e.g. {@code <a><div>…</div></a>}) must be walked as a block. */
    static boolean isBlockLike(Element e) {
        if (!isInline(e)) return true;
        for (Element c : e.children()) {
            if (isBlockLike(c)) return true;
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (isBlockLike(c)) return true;
        }
        return false;
    }

    static boolean isInside(Node n, String tag) {
        for (Element p = n.parent() instanceof Element pe ? pe : null; p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }
}
