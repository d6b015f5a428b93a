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

    /** Key of a tag label or a user-typed tag; "" for a label without any word. */
    public static String keyOf(String label) {
        if (label == null) {
            return "";
        }
        List<Token> toks = ArabicTokenizer.tokenize(label);
        StringBuilder b = new StringBuilder();
        for (Token t : toks) {
            String k = WORDS.analyze(t.text(), t.type()).key();
            if (k.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(k);
        }
        return b.toString();
    }
}
