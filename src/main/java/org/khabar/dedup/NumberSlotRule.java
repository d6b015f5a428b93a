package org.khabar.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * One number in place of another: a date (the 14th vs the 15th), a count, a weekly figure. An edited copy
 * reformats numbers ("8 مليون" for "8000000") but does not change them; a template filled in on another day does.
 * A number that the other text also carries elsewhere is only moved, not changed.
 */
public final class NumberSlotRule implements SlotRule {

    /**
     * Some number of each text, absent from the other, stands between the same two words in both: a one-word slot
     * with shared words either side has exactly these neighbours once the texts are aligned.
     */
    @Override
    public boolean mightSeparate(AlignedTexts texts) {
        List<String> a = texts.a(), b = texts.b();
        Set<String> inA = new HashSet<>(a), inB = new HashSet<>(b);
        Set<String> contextsOfA = new HashSet<>();
        for (int i = 1; i + 1 < a.size(); i++) {
            if (isNumber(a.get(i)) && !inB.contains(a.get(i))) contextsOfA.add(a.get(i - 1) + ' ' + a.get(i + 1));
        }
        if (contextsOfA.isEmpty()) return false;
        for (int j = 1; j + 1 < b.size(); j++) {
            if (isNumber(b.get(j)) && !inA.contains(b.get(j)) && contextsOfA.contains(b.get(j - 1) + ' ' + b.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> separates(Slot slot) {
        List<String> a = slot.aWords(), b = slot.bWords();
        if (a.size() != 1 || b.size() != 1) return Optional.empty();
        String x = a.get(0), y = b.get(0);
        if (!isNumber(x) || !isNumber(y) || x.equals(y)) return Optional.empty();
        if (slot.texts().b().contains(x) || slot.texts().a().contains(y)) return Optional.empty();
        return Optional.of("number: " + x + " / " + y);
    }

    static boolean isNumber(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') return false;
        }
        return true;
    }
}
