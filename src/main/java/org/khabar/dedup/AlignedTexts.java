package org.khabar.dedup;

import org.khabar.analyze.TagKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Two bodies as words, with each word's matching key ({@link TagKeys}: clitics and ال off, names kept whole)
 * computed once, when a rule first needs it.
 */
public final class AlignedTexts {
    private final List<String> a;
    private final List<String> b;
    private String[] aKeys;
    private String[] bKeys;
    private final Map<Object, Object> derived = new HashMap<>(4);

    public AlignedTexts(List<String> a, List<String> b) {
        this.a = List.copyOf(a);
        this.b = List.copyOf(b);
    }

    public List<String> a() {
        return a;
    }

    public List<String> b() {
        return b;
    }

    /** A value {@code owner} derives from the two whole texts, computed on first use and kept for this pair. */
    @SuppressWarnings("unchecked")
    <T> T derived(Object owner, Function<AlignedTexts, T> compute) {
        return (T) derived.computeIfAbsent(owner, k -> compute.apply(this));
    }

    String[] aKeys() {
        if (aKeys == null) aKeys = keys(a);
        return aKeys;
    }

    String[] bKeys() {
        if (bKeys == null) bKeys = keys(b);
        return bKeys;
    }

    private static String[] keys(List<String> words) {
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = keyOf(words.get(i));
        return out;
    }

    /**
     * Keying a word runs the analyzer's tokenizer and stemmer; the words of news bodies repeat (a few hundred
     * thousand distinct ones in 31,000 articles), so each is keyed once. Bounded: emptied when it grows past
     * {@link #MEMO_LIMIT} words.
     */
    static String keyOf(String word) {
        String key = MEMO.get(word);
        if (key != null) return key;
        if (MEMO.size() >= MEMO_LIMIT) MEMO.clear();
        key = TagKeys.keyOf(word);
        MEMO.put(word, key);
        return key;
    }

    private static final int MEMO_LIMIT = 500_000;
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
}
