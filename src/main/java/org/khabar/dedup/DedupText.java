package org.khabar.dedup;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where dedup turns text into comparable words. Copies of a wire story differ in diacritics,
 * alef/yeh/teh-marbuta spelling, tatweel, digit script and punctuation; none of that should make two copies
 * look different. Kept behind this single class so the project's own Arabic normalizer can replace the
 * Lucene one without touching fingerprinting.
 */
public final class DedupText {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private DedupText() {
    }

    /** Normalised form of {@code text}: Arabic letter variants folded, diacritics and tatweel removed. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Latin case folding only where needed: String.toLowerCase walks every Arabic char through Character.
            if (c < 128) chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            else chars[i] = Character.isUpperCase(c) ? Character.toLowerCase(c) : foldDigit(c);
        }
        int len = ARABIC.normalize(chars, chars.length);
        return new String(chars, 0, len);
    }

    /** Words of the normalised text: maximal runs of letters and digits; punctuation and symbols separate. */
    public static List<String> words(String text) {
        String norm = normalize(text);
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

    /** Arabic-Indic and Eastern Arabic-Indic digits to ASCII, so "٢٠١٥" and "2015" are one word. */
    private static char foldDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        return c;
    }
}
