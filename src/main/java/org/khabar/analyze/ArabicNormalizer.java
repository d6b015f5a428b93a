package org.khabar.analyze;

import java.text.Normalizer;

/**
 * Character-level normalization of Arabic news text, as a list of named rules ({@link NormalizationRule}).
 * Written as one pass over a char array (no regexes): it runs on every article at import and on every query.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** Display normalization: every rule that keeps the text reading the same (NFKC, controls, diacritics, tatweel, letters, digits). */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = needsNfkc(text) ? Normalizer.normalize(stripControls(text), Normalizer.Form.NFKC) : text;
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) || isDiacritic(c) || c == '\u0640') {
                continue;
            }
            out[n++] = mapDisplay(c);
        }
        return n == s.length() && sameAs(out, s) ? s : new String(out, 0, n);
    }

    /** Applies one display or matching rule alone (for tests and documentation). */
    public static String apply(NormalizationRule rule, String s) {
        StringBuilder b = new StringBuilder(s.length());
        switch (rule) {
            case NFKC -> {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            case REMOVE_CONTROLS -> s.chars().filter(c -> !isControl((char) c)).forEach(c -> b.append((char) c));
            case REMOVE_DIACRITICS -> s.chars().filter(c -> !isDiacritic((char) c)).forEach(c -> b.append((char) c));
            case REMOVE_TATWEEL -> s.chars().filter(c -> c != '\u0640').forEach(c -> b.append((char) c));
            case PERSIAN_URDU_LETTERS, ASCII_DIGITS -> {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    char m = mapDisplay(c);
                    boolean digitRule = (c >= '\u0660' && c <= '\u066C') || (c >= '\u06F0' && c <= '\u06F9');
                    b.append(digitRule == (rule == NormalizationRule.ASCII_DIGITS) ? m : c);
                }
            }
            default -> {
                for (int i = 0; i < s.length(); i++) {
                    b.append(foldChar(rule, s.charAt(i)));
                }
            }
        }
        return b.toString();
    }

    /** Matching form of one already display-normalized word: alef, alef maksura, teh marbuta, hamza seats folded, Latin lower-cased. */
    public static String fold(String word) {
        char[] c = null;
        for (int i = 0; i < word.length(); i++) {
            char o = word.charAt(i);
            char f = fold(o);
            if (f != o) {
                if (c == null) {
                    c = word.toCharArray();
                }
                c[i] = f;
            }
        }
        return c == null ? word : new String(c);
    }

    /** All matching rules on one char. */
    public static char fold(char c) {
        switch (c) {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671':
                return '\u0627';
            case '\u0649':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u0624':
                return '\u0626';
            default:
                if (c >= 'A' && c <= 'Z') {
                    return (char) (c + 32);
                }
                if (c > 0x7F && c < 0x250 && Character.isUpperCase(c)) {
                    return Character.toLowerCase(c);
                }
                return c;
        }
    }

    private static char foldChar(NormalizationRule rule, char c) {
        return switch (rule) {
            case UNIFY_ALEF -> (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671') ? '\u0627' : c;
            case FOLD_ALEF_MAKSURA -> c == '\u0649' ? '\u064A' : c;
            case FOLD_TEH_MARBUTA -> c == '\u0629' ? '\u0647' : c;
            case FOLD_HAMZA_SEATS -> c == '\u0624' ? '\u0626' : c;
            case LOWERCASE_LATIN -> Character.isUpperCase(c) && c < 0x250 ? Character.toLowerCase(c) : c;
            default -> c;
        };
    }

    static boolean isControl(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED');
    }

    private static char mapDisplay(char c) {
        if (c < '\u0660') {
            return c;
        }
        if (c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return switch (c) {
            case '\u066A' -> '%';
            case '\u066B' -> '.';
            case '\u066C' -> ',';
            case '\u06CC', '\u06D2', '\u06D3' -> '\u064A';
            case '\u06A9', '\u06AA' -> '\u0643';
            case '\u06C1', '\u06D5' -> '\u0647';
            default -> c;
        };
    }

    /** NFKC is costly; only texts holding a char that NFKC can change pay for it. */
    private static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u00A0') {
                continue;
            }
            if (c <= '\u00BF') {
                if (c != '\u00AB' && c != '\u00BB' && c != '\u00A0' && c != '\u00AD') { // « » NBSP SHY are handled; ², ¼… need NFKC
                    return true;
                }
                continue;
            }
            if (c >= '\u0675' && c <= '\u0678') {
                return true;
            }
            if (c >= '\u2000' && !(c >= '\u2010' && c <= '\u2027') && !(c >= '\u2030' && c <= '\u205E') && !isControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static String stripControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean sameAs(char[] a, String s) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
