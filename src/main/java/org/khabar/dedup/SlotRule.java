package org.khabar.dedup;

import java.util.Optional;

/** A named reason why a filled-in slot makes two otherwise shared texts two different articles. */
public interface SlotRule {

    /**
     * Whether any slot of these two texts could separate them, judged on the whole texts. Aligning two texts costs
     * about words × differences, so it runs only when some rule says yes here; a rule must never answer no for
     * texts that {@link #separates} would separate.
     */
    boolean mightSeparate(AlignedTexts texts);

    /** Why the slot separates the two texts ("place: سنغافوره / تشاد"), or empty when it does not. */
    Optional<String> separates(Slot slot);
}
