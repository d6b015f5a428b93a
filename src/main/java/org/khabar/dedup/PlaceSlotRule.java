package org.khabar.dedup;

import org.khabar.analyze.Gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Optional;

/**
 * One place name in place of another: the same cable to Singapore and to Chad, the same statement about an
 * execution in Jazan and in al-Ahsa. Places are {@link Gazetteer} names of one to three words. A place counts only
 * when the other text never names it (a copy may move a dateline or add a city it already had), and two spellings
 * of one name (سوريا / سورية, مكة / مكة المكرمة) are one place.
 */
public final class PlaceSlotRule implements SlotRule {
    private static final int LONGEST_NAME = 3;
    private final Gazetteer gazetteer;

    public PlaceSlotRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Each text names a place that the other never names, and the two are not spellings of one name. */
    @Override
    public boolean mightSeparate(AlignedTexts t) {
        Exclusive only = exclusive(t);
        return firstDistinctPair(only.inA(), only.inB()).isPresent();
    }

    @Override
    public Optional<String> separates(Slot slot) {
        AlignedTexts t = slot.texts();
        Exclusive only = exclusive(t);
        // one word of context each side: the diff may cut a two-word name ("المدينة المنورة") at its first word
        Set<String> inA = places(t.aKeys(), slot.aFrom() - 1, slot.aTo() + 1);
        inA.retainAll(only.inA());
        if (inA.isEmpty()) return Optional.empty();
        Set<String> inB = places(t.bKeys(), slot.bFrom() - 1, slot.bTo() + 1);
        inB.retainAll(only.inB());
        return firstDistinctPair(inA, inB).map(pq -> "place: " + pq);
    }

    /** The places each whole text names and the other never does; once per pair, shared by all its slots. */
    private record Exclusive(Set<String> inA, Set<String> inB) {
    }

    private Exclusive exclusive(AlignedTexts t) {
        return t.derived(this, x -> {
            Set<String> a = places(x.aKeys(), 0, x.a().size()), b = places(x.bKeys(), 0, x.b().size());
            Set<String> onlyA = new LinkedHashSet<>(a), onlyB = new LinkedHashSet<>(b);
            onlyA.removeAll(b);
            onlyB.removeAll(a);
            return new Exclusive(onlyA, onlyB);
        });
    }

    private static Optional<String> firstDistinctPair(Set<String> ps, Set<String> qs) {
        for (String p : ps) {
            for (String q : qs) {
                if (!spellingsOfOneName(p, q)) return Optional.of(p + " / " + q);
            }
        }
        return Optional.empty();
    }

    private Set<String> places(String[] keys, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(keys.length, to);
        Set<String> out = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < LONGEST_NAME && i + n < to; n++) {
                if (keys[i + n].isEmpty()) break;
                if (n > 0) name.append(' ');
                name.append(keys[i + n]);
                if (gazetteer.contains(name.toString())) out.add(name.toString());
            }
        }
        return out;
    }

    /** One name is the other with more words, or the two differ in one letter (سوريا / سوريه after folding). */
    static boolean spellingsOfOneName(String p, String q) {
        if (p.startsWith(q) || q.startsWith(p)) return true;
        return withinOneEdit(p, q);
    }

    private static boolean withinOneEdit(String p, String q) {
        if (Math.abs(p.length() - q.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < p.length() && j < q.length()) {
            if (p.charAt(i) == q.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (p.length() > q.length()) i++;
            else if (q.length() > p.length()) j++;
            else { i++; j++; }
        }
        return edits + (p.length() - i) + (q.length() - j) <= 1;
    }
}
