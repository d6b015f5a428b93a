package org.khabar.analyze;

import java.util.Arrays;

/**
 * One thread's front to a {@link Vocabulary}: finds a word's facts by the token's char range in the article text,
 * so the common token (one already seen, written without anything to normalize) costs no substring and no String
 * hash. A miss builds the token's String once and asks the vocabulary. Not thread-safe; bounded (cleared when full).
 *
 * <p>Laid out for few cache misses, which dominate this look-up: a slot holds the form's hash and where its chars
 * are in one shared char pool, so a hit reads the slot, the pool and the facts, and no String object.
 */
final class WordCache {

    /** Slots of the open-addressing table; it is cleared when half full. */
    static final int SLOTS = 1 << 17;
    /** Chars of the pool of forms; the cache is cleared when it is full. */
    static final int POOL = 1 << 20;
    /** Per entry in the pool: its length, its token type, then its chars. */
    private static final int HEADER = 2;

    final Vocabulary vocabulary;
    /** Per slot: the form's hash in the high half, its pool offset + 1 in the low half; 0 is an empty slot. */
    private final long[] slots = new long[SLOTS];
    private final WordFacts[] facts = new WordFacts[SLOTS];
    private final char[] pool = new char[POOL];
    private int poolSize;
    private int size;

    WordCache(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The facts of the word written {@code text[start, end)}, of the given token type. */
    WordFacts of(String text, int start, int end, TokenType type) {
        int h = hash(text, start, end);
        int len = end - start;
        char t = (char) type.ordinal();
        int s = spread(h);
        for (long v; (v = slots[s]) != 0; s = (s + 1) & (SLOTS - 1)) {
            if ((int) (v >>> 32) == h && same((int) v - 1, text, start, len, t)) {
                return facts[s];
            }
        }
        String form = text.substring(start, end);
        WordFacts f = vocabulary.of(form, type);
        if (len + HEADER > POOL) {
            return f; // never a word; not worth a cleared cache
        }
        if (size >= SLOTS / 2 || poolSize + len + HEADER > POOL) {
            clear();
            s = spread(h);
        }
        int off = poolSize;
        pool[off] = (char) len;
        pool[off + 1] = t;
        form.getChars(0, len, pool, off + HEADER);
        poolSize += len + HEADER;
        slots[s] = ((long) h << 32) | (off + 1);
        facts[s] = f;
        size++;
        return f;
    }

    /** The facts of a word whose display form is {@code form}. */
    WordFacts of(String form, TokenType type) {
        return of(form, 0, form.length(), type);
    }

    private boolean same(int off, String text, int start, int len, char type) {
        if (pool[off] != len || pool[off + 1] != type) {
            return false;
        }
        int p = off + HEADER;
        for (int k = 0; k < len; k++) {
            if (pool[p + k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private void clear() {
        Arrays.fill(slots, 0L);
        Arrays.fill(facts, null);
        poolSize = 0;
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
