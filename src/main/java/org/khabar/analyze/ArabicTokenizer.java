package org.khabar.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into tokens in one pass without regexes. Diacritics, tatweel and zero-width/bidi controls inside a
 * word do not split it (they are removed from the token text by {@link ArabicNormalizer}); offsets point into the
 * original text so highlighting stays exact. Latin words, numbers with units and percentages, hashtags, mentions
 * and URLs are kept as single tokens. Any other char (punctuation, symbols, lone surrogates, emoji) is a phrase
 * boundary. Words longer than {@link #MAX_WORD} chars are dropped (they are never words: base64, runs of letters).
 */
public final class ArabicTokenizer {

    /** Longest word kept; longer runs are skipped as a whole. */
    public static final int MAX_WORD = 64;
    /** Longest URL kept. */
    public static final int MAX_URL = 2048;

    private ArabicTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text == null ? 0 : text.length() / 5 + 4);
        scan(text, new TokenSink() {
            @Override
            public void plain(String s, int start, int end, TokenType type, boolean boundary, boolean paragraph) {
                out.add(new Token(s.substring(start, end), type, start, end, boundary, paragraph));
            }

            @Override
            public void normalized(String form, int start, int end, TokenType type, boolean boundary, boolean paragraph) {
                out.add(new Token(form, type, start, end, boundary, paragraph));
            }
        });
        return out;
    }

    /**
     * Hands every token of {@code text} to {@code sink}, in order. A token whose display form is its raw char range
     * (the common case) is passed as that range, so a caller that only looks words up needs no String for it.
     */
    static void scan(String text, TokenSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        final int n = text.length();
        boolean boundary = true;
        boolean paragraph = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                boundary = true;
                paragraph = true;
                i++;
                continue;
            }
            if (isSpace(c) || ArabicNormalizer.isControl(c)) {
                i++;
                continue;
            }
            int end;
            TokenType type;
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (end = urlEnd(text, i)) > i) {
                type = TokenType.URL;
            } else if ((c == '#' || c == '@') && i + 1 < n && isWordStart(text.charAt(i + 1))) {
                end = wordEnd(text, i + 1, isArabicLetter(text.charAt(i + 1)), true);
                type = c == '#' ? TokenType.HASHTAG : TokenType.MENTION;
            } else if (isDigit(c)) {
                end = numberEnd(text, i);
                type = TokenType.NUMBER;
            } else if (isArabicLetter(c)) {
                end = wordEnd(text, i, true, false);
                type = TokenType.ARABIC;
            } else if (Character.isLetter(c)) {
                end = wordEnd(text, i, false, false);
                type = TokenType.LATIN;
            } else {
                if (!ArabicNormalizer.isDiacritic(c) && c != '\u0640') {
                    boundary = true; // punctuation, symbol, lone surrogate, emoji
                }
                i++;
                continue;
            }
            int max = type == TokenType.URL ? MAX_URL : MAX_WORD;
            int nameEnd = type == TokenType.ARABIC ? compoundNameEnd(text, i, end) : -1;
            if (nameEnd > 0) {
                String name = ArabicNormalizer.normalize(text.substring(i, end)) + " "
                        + ArabicNormalizer.normalize(text.substring(end + 1, nameEnd));
                sink.normalized(name, i, nameEnd, type, boundary, paragraph);
                boundary = false;
                paragraph = false;
                i = nameEnd;
                continue;
            }
            if (end - i <= max) {
                if (plain(text, i, end)) {
                    sink.plain(text, i, end, type, boundary, paragraph);
                } else {
                    String norm = ArabicNormalizer.normalize(text.substring(i, end));
                    if (norm.indexOf(' ') >= 0) { // NFKC of a ligature such as U+FDFA expands to several words
                        for (String part : norm.split(" ")) {
                            if (!part.isEmpty()) {
                                sink.normalized(part, i, end, type, boundary, paragraph);
                                boundary = paragraph = false;
                            }
                        }
                    } else if (!norm.isEmpty()) {
                        sink.normalized(norm, i, end, type, boundary, paragraph);
                    }
                }
            } else {
                boundary = true; // an overlong run is dropped; phrases do not join across it
            }
            boundary = false;
            paragraph = false;
            i = end;
        }
    }

    /**
     * Where the name ends when text[start, end) is عبد (or و ف ب ل ك + عبد) and one space and a word with ال follow:
     * "عبد الفتاح" and "عبدالفتاح" are one name, spelt both ways about as often (ANT: 3,268 against 1,922), so both
     * are one token, whose form keeps the space ("عبد الفتاح": shown as written) and whose key is that of
     * "عبدالفتاح" ({@link WordAnalyzer}): a person has one tag, one tag page and one search term. -1 otherwise.
     */
    static int compoundNameEnd(String text, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 4 || !text.startsWith("عبد", end - 3)
                || len == 4 && "وفبلك".indexOf(text.charAt(start)) < 0) {
            return -1;
        }
        int next = end + 1;
        if (next + 2 >= text.length() || text.charAt(end) != ' ' || text.charAt(next) != 'ا' || text.charAt(next + 1) != 'ل') {
            return -1;
        }
        int nameEnd = wordEnd(text, next, true, false);
        return nameEnd - next >= 4 && nameEnd - start <= MAX_WORD ? nameEnd : -1;
    }

    /** True when no normalization rule can change text[i, end): the common case, which skips normalize(). */
    private static boolean plain(String s, int i, int end) {
        for (int j = i; j < end; j++) {
            char c = s.charAt(j);
            if (c < 0x80) {
                continue;
            }
            if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
                continue; // basic Arabic letters
            }
            return false;
        }
        return true;
    }

    private static int wordEnd(String s, int i, boolean arabic, boolean allowUnderscore) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (arabic ? isArabicLetter(c) : (Character.isLetter(c) && !isArabicLetter(c))) {
                j++;
            } else if (ArabicNormalizer.isDiacritic(c) || c == '\u0640' || (ArabicNormalizer.isControl(c) && c != '\uFEFF')) {
                j++;
            } else if (!arabic && isDigit(c)) {
                j++;
            } else if (allowUnderscore && (c == '_' || isDigit(c) || Character.isLetter(c))) {
                j++;
            } else if (!arabic && (c == '-' || c == '\'' || c == '.' || c == '&') && j + 1 < n
                    && (Character.isLetterOrDigit(s.charAt(j + 1)) && !isArabicLetter(s.charAt(j + 1)))) {
                j++; // COVID-19, U.S.A, O'Brien, AT&T
            } else {
                break;
            }
        }
        // trailing marks (e.g. a stray tatweel) belong to the word, trailing controls do not matter
        return j;
    }

    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == ':' || c == '/')
                    && j + 1 < n && isDigit(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (j < n && (s.charAt(j) == '%' || s.charAt(j) == '\u066A' || s.charAt(j) == '\u2030')) {
            return j + 1;
        }
        int k = j;
        while (k < n && k - j < 6 && ((s.charAt(k) >= 'a' && s.charAt(k) <= 'z') || (s.charAt(k) >= 'A' && s.charAt(k) <= 'Z'))) {
            k++; // attached unit: 50km, 5G, 3D, 10kg
        }
        if (k > j && (k == n || !Character.isLetter(s.charAt(k)))) {
            return k;
        }
        return j;
    }

    private static int urlEnd(String s, int i) {
        int n = s.length();
        boolean scheme = s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8);
        boolean www = !scheme && s.regionMatches(true, i, "www.", 0, 4);
        if (!scheme && !www) {
            return i;
        }
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (isSpace(c) || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>' || c == '«' || c == '»'
                    || c == '\u060C' || c == '\u061B' || ArabicNormalizer.isControl(c)) {
                break;
            }
            j++;
        }
        while (j > i && ".,;:!?)]}'".indexOf(s.charAt(j - 1)) >= 0) {
            j--; // sentence punctuation after a URL is not part of it
        }
        return j;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    static boolean isWordStart(char c) {
        return isArabicLetter(c) || Character.isLetterOrDigit(c) || c == '_';
    }

    /** Arabic-script letters, including Persian/Urdu letters and presentation forms (folded later by NFKC). */
    static boolean isArabicLetter(char c) {
        if (c < '\u0620') {
            return false;
        }
        if (c <= '\u064A') {
            return c != '\u0640';
        }
        if (c < '\u066E') {
            return false;
        }
        if (c <= '\u06D3') {
            return c != '\u06D4' && c != '\u0670';
        }
        return c == '\u06D5' || c == '\u06EE' || c == '\u06EF' || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF'
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9')
                || (c >= '\uFB50' && c <= '\uFDFF' && c != '\uFD3E' && c != '\uFD3F')
                || (c >= '\uFE70' && c <= '\uFEFC');
    }
}
