package org.khabar.analyze;

import java.util.List;

/**
 * Canonical identity of a tag: the matching keys of its words joined by single spaces
 * (أوكرانيا, وأوكرانيا and لأوكرانيا → "اوكرانيا"; "الخارجية الروسية" → "خارج روس").
 * Stopwords inside a label are kept, so a typed label always has the key of the tag it was shown as.
 */
public final class TagKeys {

    private static final WordAnalyzer WORDS = new WordAnalyzer();

    private TagKeys() {
    }

    /**
     * The tag a label or a user-typed tag names: its {@link #keyOf key}, or its entity's when the label is another
     * name of a listed entity ("أمريكا" names the tag of "الولايات المتحدة", {@link EntityAliases}).
     */
    public static String identityOf(String label) {
        return EntityAliases.get().entityKey(keyOf(label));
    }

    /** {@link #identityOf} of the label read with a glued ب ل ك cut ({@link #keyWithGluedPrepositionsCut}). */
    public static String identityWithGluedPrepositionsCut(String label) {
        return EntityAliases.get().entityKey(keyWithGluedPrepositionsCut(label));
    }

    /** Key of a tag label or a user-typed tag, its words' keys; "" for a label without any word. */
    public static String keyOf(String label) {
        return keyOf(label, false);
    }

    /**
     * The key {@code label} has when its first word, if it may carry a glued ب ل ك, is read without it ("لترامب" as
     * ترامب, "لكرة القدم" as كرة القدم): the tag a link made before an article could prove the letter a preposition
     * now stands under. Later words are left as they are: cutting every one would also cut the letter of words whose
     * own it is (كبيرة). Equal to {@link #keyOf} when the first word may not carry one.
     */
    public static String keyWithGluedPrepositionsCut(String label) {
        return keyOf(label, true);
    }

    private static String keyOf(String label, boolean cutGlued) {
        if (label == null) {
            return "";
        }
        List<Token> toks = ArabicTokenizer.tokenize(label);
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Token t : toks) {
            Word w = WORDS.analyze(t.text(), t.type());
            if (cutGlued && first && t.type() == TokenType.ARABIC && WORDS.mayCarryGluedPreposition(w)) {
                w = WORDS.analyzeArabic(w.bare().substring(1));
            }
            String k = w.key();
            if (k.isEmpty()) {
                continue;
            }
            first = false;
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(k);
        }
        return b.toString();
    }
}
