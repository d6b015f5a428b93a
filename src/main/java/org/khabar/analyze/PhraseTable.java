package org.khabar.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The candidates of one article, found by their key-id sequence (an open-addressing table: no key strings and no
 * boxing on the per-window path, which is the tagger's hottest loop).
 */
final class PhraseTable {
    private final List<Candidate> list;
    /** Candidate index + 1; 0 is an empty slot. */
    private int[] slots;
    private int mask;

    PhraseTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[cap];
        mask = cap - 1;
        list = new ArrayList<>(expected);
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** In insertion order. */
    List<Candidate> all() {
        return list;
    }

    /** The candidate whose ids equal {@code ids[from, from + len)}, or null. */
    Candidate get(int[] ids, int from, int len) {
        for (int s = hash(ids, from, len) & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return null;
            }
            Candidate c = list.get(v - 1);
            if (same(c.ids, ids, from, len)) {
                return c;
            }
        }
    }

    /** The one-word candidate of key id {@code id}, or null. */
    Candidate getWord(int id) {
        for (int s = hashWord(id) & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return null;
            }
            Candidate c = list.get(v - 1);
            if (c.ids.length == 1 && c.ids[0] == id) {
                return c;
            }
        }
    }

    /** Adds a candidate whose ids are not in the table yet. */
    void add(Candidate c) {
        list.add(c);
        if (list.size() * 2 > slots.length) {
            grow();
        } else {
            place(c, list.size());
        }
    }

    private void place(Candidate c, int value) {
        int s = hash(c.ids, 0, c.ids.length) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = value;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int i = 0; i < list.size(); i++) {
            place(list.get(i), i + 1);
        }
    }

    private static boolean same(int[] a, int[] ids, int from, int len) {
        if (a.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (a[k] != ids[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(int[] ids, int from, int len) {
        int h = len;
        for (int k = 0; k < len; k++) {
            h = h * 0x9E3779B1 + ids[from + k];
        }
        return mix(h);
    }

    /** As {@link #hash} of the one id. */
    private static int hashWord(int id) {
        return mix(0x9E3779B1 + id);
    }

    private static int mix(int h) {
        return h ^ (h >>> 15) ^ (h >>> 7);
    }

    /**
     * The candidates in the order a {@code java.util.HashMap<String, Candidate>} of initial capacity
     * {@code initialCapacity}, filled in insertion order, iterates them. Ranking sorts are stable, so this order
     * decides ties between equal scores; keeping it keeps the tags identical to those of the string-keyed tagger.
     * HashMap iterates by bucket of the final table and, within a bucket, in insertion order, unless a bucket
     * grows to 9 entries and becomes a tree; that (practically never seen) case falls back to a real HashMap.
     */
    List<Candidate> hashMapOrder(int initialCapacity, ArticleWords d) {
        int n = list.size();
        int cap0 = tableSizeFor(initialCapacity);
        int cap = cap0;
        while (n > (int) (cap * 0.75f)) {
            cap <<= 1;
        }
        int[] firstCount = new int[cap0];
        for (Candidate c : list) {
            if (++firstCount[spread(c.keyHash) & (cap0 - 1)] >= 9) {
                HashMap<String, Candidate> real = new HashMap<>(initialCapacity);
                for (Candidate x : list) {
                    real.put(x.key(d), x);
                }
                return new ArrayList<>(real.values());
            }
        }
        // counting sort by bucket; a stable pass keeps insertion order within a bucket
        int[] start = new int[cap + 1];
        int[] bucket = new int[n];
        for (int i = 0; i < n; i++) {
            bucket[i] = spread(list.get(i).keyHash) & (cap - 1);
            start[bucket[i] + 1]++;
        }
        for (int b = 0; b < cap; b++) {
            start[b + 1] += start[b];
        }
        Candidate[] out = new Candidate[n];
        for (int i = 0; i < n; i++) {
            out[start[bucket[i]]++] = list.get(i);
        }
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** As {@code HashMap.tableSizeFor}. */
    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return n < 0 ? 1 : n >= (1 << 30) ? (1 << 30) : n + 1;
    }
}
