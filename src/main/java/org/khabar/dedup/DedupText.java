package org.khabar.dedup;

import org.khabar.analyze.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where dedup turns text into comparable words. Copies of a wire story differ in diacritics,
 * alef/yeh/teh-marbuta/hamza-seat spelling, tatweel, digit script, case and punctuation; none of that should make two
 * copies look different. Uses the project's normaliser ({@link ArabicNormalizer}: display normalisation — NFKC,
 * controls, diacritics, tatweel, Arabic-Indic digits — then the matching folds).
 */
public final class DedupText {

    private DedupText() {
    }

    /** Normalised, folded form of {@code text}. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        return ArabicNormalizer.fold(ArabicNormalizer.normalize(text));
    }
    /** Words of the normalised text: maximal runs of letters and digits; punctuation and symbols separate. */
    public static List<String> words(String text) {
        return wordsOfNormalized(normalize(text));
    }

    /** {@link #words} of a text already passed through {@link #normalize}. */
    static List<String> wordsOfNormalized(String norm) {
        List<String> out = new ArrayList<>(Math.max(16, norm.length() / 6));
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean word = i < norm.length() && isWordChar(norm.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(norm.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        // Combining marks the Lucene normalizer does not remove (e.g. Quranic annotation) still belong to a word.
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
