package org.khabar.analyze;

import java.util.Arrays;

/**
 * One thread's front to a {@link Vocabulary}: finds a word's facts by the token's char range in the article text,
 * so the common token (one already seen, written without anything to normalize) costs no substring and no String
 * hash. A miss builds the token's String once and asks the vocabulary. Not thread-safe; bounded (cleared when full).
 */
final class WordCache {

    /** Slots of the open-addressing table; it is cleared when half full. */
    static final int SLOTS = 1 << 17;

    final Vocabulary vocabulary;
    private final int[] hashes = new int[SLOTS];
    private final byte[] types = new byte[SLOTS];
    private final String[] forms = new String[SLOTS];
    private final WordFacts[] facts = new WordFacts[SLOTS];
    private int size;

    WordCache(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The facts of the word written {@code text[start, end)}, of the given token type. */
    WordFacts of(String text, int start, int end, TokenType type) {
        int h = hash(text, start, end);
        int len = end - start;
        byte t = (byte) type.ordinal();
        int s = spread(h);
        for (; facts[s] != null; s = (s + 1) & (SLOTS - 1)) {
            if (hashes[s] == h && types[s] == t && forms[s].length() == len && text.regionMatches(start, forms[s], 0, len)) {
                return facts[s];
            }
        }
        String form = text.substring(start, end);
        WordFacts f = vocabulary.of(form, type);
        if (size >= SLOTS / 2) {
            clear();
            s = spread(h);
        }
        hashes[s] = h;
        types[s] = t;
        forms[s] = form;
        facts[s] = f;
        size++;
        return f;
    }

    /** The facts of a word whose display form is {@code form}. */
    WordFacts of(String form, TokenType type) {
        return of(form, 0, form.length(), type);
    }

    private void clear() {
        Arrays.fill(forms, null);
        Arrays.fill(facts, null);
        size = 0;
    }

    /** As {@link String#hashCode} of the range. */
    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        return ((h ^ (h >>> 16)) * 0x9E3779B1 >>> 15) & (SLOTS - 1);
    }
}
