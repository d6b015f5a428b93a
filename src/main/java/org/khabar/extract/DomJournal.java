package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Removes elements and remembers where they were, so a failed strict pass can be undone and the lenient pass
 * run on the same tree. Cheaper than cloning the whole body up front (most pages never need the undo).
 */
final class DomJournal {
    private record Removal(Element parent, int index, Element element) {
    }

    private final Deque<Removal> removals = new ArrayDeque<>();

    void remove(Element e) {
        Element parent = e.parent();
        if (parent == null) return;
        removals.push(new Removal(parent, e.siblingIndex(), e));
        e.remove();
    }

    /** Puts every removed element back where it was, latest removal first. */
    void undo() {
        while (!removals.isEmpty()) {
            Removal r = removals.pop();
            r.parent().insertChildren(r.index(), r.element());
        }
    }
}
