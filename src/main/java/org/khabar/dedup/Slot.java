package org.khabar.dedup;

import java.util.List;

/**
 * One place where two aligned bodies say different things inside shared text: a few words of text a replaced by
 * a few words of text b, with words both texts share on either side. A template (a congratulation cable, an
 * execution statement, a weekly traffic bulletin) is the same text around such slots, filled in differently.
 *
 * @param texts the two whole bodies
 * @param aFrom first word of the slot in text a; {@code aTo} is exclusive
 * @param bFrom first word of the slot in text b; {@code bTo} is exclusive
 */
public record Slot(AlignedTexts texts, int aFrom, int aTo, int bFrom, int bTo) {

    public List<String> aWords() {
        return texts.a().subList(aFrom, aTo);
    }

    public List<String> bWords() {
        return texts.b().subList(bFrom, bTo);
    }
}
