package org.khabar.dedup;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import org.khabar.analyze.Gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a filled-in template from an edited copy. MinHash sees only how much text two bodies share, and a
 * congratulation cable to Chad shares 60–70% of its word triples with the same cable to Singapore, as much as a
 * lightly edited wire copy shares with its original. The difference is where the texts differ: an editor changes a
 * headline, a lead, a footer or a reporting verb; a template differs in its slots, a name or a number inside
 * otherwise identical text. This aligns the two bodies word by word (Myers diff) and asks each {@link SlotRule}
 * about every short replacement with shared words on both sides.
 *
 * <p>Measured on SaudiNewsNet's judged pairs ({@code khabar eval dedup} prints it; docs/benchmarks-dedup.md): of 148
 * pairs read as the same article none is separated; of 71 read as different, 33 are (congratulation cables,
 * execution statements, weekly figures).
 */
public final class TemplateSlots {
    /** A slot is a few words; a longer replacement is a rewrite, which the fingerprint already judged. */
    static final int MAX_SLOT_WORDS = 6;
    /**
     * Templates are short official texts (cables about 100 words, statements about 250). Longer bodies are left to
     * the fingerprint, which also bounds the alignment's cost (Myers diff is O(words × differences)).
     */
    static final int MAX_TEMPLATE_WORDS = 1_500;

    private final List<SlotRule> rules;

    public TemplateSlots(List<SlotRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static TemplateSlots withDefaults() {
        return new TemplateSlots(List.of(new PlaceSlotRule(Gazetteer.get()), new NumberSlotRule()));
    }

    /** The first reason why {@code a} and {@code b} (words, {@link DedupText#words}) are two filled-in templates. */
    public Optional<String> separate(List<String> a, List<String> b) {
        if (a.size() > MAX_TEMPLATE_WORDS || b.size() > MAX_TEMPLATE_WORDS) return Optional.empty();
        AlignedTexts texts = new AlignedTexts(a, b);
        if (rules.stream().noneMatch(r -> r.mightSeparate(texts))) return Optional.empty();
        Map<String, Integer> ids = new HashMap<>();
        List<AbstractDelta<Integer>> deltas = DiffUtils.diff(idsOf(texts.a(), ids), idsOf(texts.b(), ids),
                new MeyersDiffWithLinearSpace<Integer>()).getDeltas();
        // Adjacent deltas (a deletion next to an insertion) form one differing region; a slot is a region that
        // replaces words by words, with shared words on both sides.
        int aShared = 0, bShared = 0; // end of the previous region: words from here to the next one are shared
        for (int k = 0; k < deltas.size(); ) {
            int aFrom = deltas.get(k).getSource().getPosition(), bFrom = deltas.get(k).getTarget().getPosition();
            int aTo = aFrom, bTo = bFrom;
            while (k < deltas.size() && deltas.get(k).getSource().getPosition() == aTo
                    && deltas.get(k).getTarget().getPosition() == bTo) {
                aTo += deltas.get(k).getSource().size();
                bTo += deltas.get(k).getTarget().size();
                k++;
            }
            int aNext = k < deltas.size() ? deltas.get(k).getSource().getPosition() : texts.a().size();
            int bNext = k < deltas.size() ? deltas.get(k).getTarget().getPosition() : texts.b().size();
            boolean inside = aFrom > aShared && bFrom > bShared && aNext > aTo && bNext > bTo;
            boolean replaces = aTo > aFrom && bTo > bFrom;
            if (inside && replaces && aTo - aFrom <= MAX_SLOT_WORDS && bTo - bFrom <= MAX_SLOT_WORDS) {
                Slot slot = new Slot(texts, aFrom, aTo, bFrom, bTo);
                for (SlotRule rule : rules) {
                    Optional<String> why = rule.separates(slot);
                    if (why.isPresent()) return why;
                }
            }
            aShared = aTo;
            bShared = bTo;
        }
        return Optional.empty();
    }

    /** Words as small ids shared by both texts: the alignment compares numbers, not strings. */
    private static List<Integer> idsOf(List<String> words, Map<String, Integer> ids) {
        List<Integer> out = new ArrayList<>(words.size());
        for (String w : words) out.add(ids.computeIfAbsent(w, x -> ids.size()));
        return out;
    }
}
