package org.khabar.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.store.CorpusStats;

/**
 * Corpus document frequencies the tagger has asked for, remembered by key id while the statistics stay unchanged.
 * The document count is the version: every counted document bumps it, so after {@code addDocument} all remembered
 * figures are dropped and IDF stays exactly what the statistics say, article by article. One instance per thread
 * (no locking on the per-word path).
 */
final class CorpusFrequencies {

    private static final int WORD = 0, DEFINITE = 1, AFTER_TITLE = 2;

    private final CorpusStats stats;
    private Vocabulary vocabulary;
    private long version = Long.MIN_VALUE;
    /** Per kind (word, definite, after-title): the generation in which each id's figure was read, and the figure. */
    private final int[][] stamp = new int[3][];
    private final long[][] df = new long[3][];
    private int generation = 1;
    /** Phrase frequencies of the current article's shortlist. */
    private final Map<String, Long> phrases = new HashMap<>();
    /**
     * IDF per word id at k = 1 (the shipped weights; the ranker's features always use it), valid in the generation of
     * {@code idfStamp}: the document count is fixed within one.
     */
    private int[] idfStamp = new int[0];
    private double[] idf = new double[0];

    private final List<String> missKeys = new ArrayList<>();
    private final List<int[]> missSlots = new ArrayList<>();

    CorpusFrequencies(CorpusStats stats) {
        this.stats = stats;
        for (int k = 0; k < 3; k++) {
            stamp[k] = new int[0];
            df[k] = new long[0];
        }
    }

    /** Starts a lookup round at statistics holding {@code documentCount} documents, for ids of {@code vocabulary}. */
    void at(long documentCount, Vocabulary vocabulary) {
        phrases.clear(); // phrases rarely repeat across articles: read them per article, keep no cache of them
        if (documentCount != version || vocabulary != this.vocabulary) {
            version = documentCount;
            this.vocabulary = vocabulary;
            if (++generation == Integer.MAX_VALUE) {
                generation = 1;
                for (int[] s : stamp) {
                    Arrays.fill(s, 0);
                }
                Arrays.fill(idfStamp, 0);
            }
        }
        int ids = vocabulary.idCount();
        if (stamp[0].length < ids) {
            int cap = Math.max(ids, stamp[0].length * 3 / 2 + 1024);
            for (int k = 0; k < 3; k++) {
                stamp[k] = Arrays.copyOf(stamp[k], cap);
                df[k] = Arrays.copyOf(df[k], cap);
            }
            idfStamp = Arrays.copyOf(idfStamp, cap);
            idf = Arrays.copyOf(idf, cap);
        }
    }

    void wantWord(int id, String key) {
        want(WORD, id, "", key);
    }

    /** The word at token {@code i} of {@code d}; its key string is read only if the figure is not remembered. */
    void wantWord(ArticleWords d, int i) {
        int id = d.ids[i];
        if (stamp[WORD][id] != generation) {
            want(WORD, id, "", d.w[i].key());
        }
    }

    void wantDefinite(int id, String key) {
        want(DEFINITE, id, KeywordTagger.DEFINITE, key);
    }

    void wantAfterTitle(int id, String key) {
        want(AFTER_TITLE, id, KeywordTagger.AFTER_TITLE, key);
    }

    void wantPhrase(String key) {
        if (!phrases.containsKey(key)) {
            missKeys.add(key);
            missSlots.add(null);
        }
    }

    /** The prefixed key string is built only on a miss: most requests are answered from memory. */
    private void want(int kind, int id, String prefix, String key) {
        if (stamp[kind][id] != generation) {
            stamp[kind][id] = generation; // also de-duplicates the request
            missKeys.add(prefix.isEmpty() ? key : prefix.concat(key));
            missSlots.add(new int[] {kind, id});
        }
    }

    /** Reads everything asked for since the last fetch in one call to the statistics. */
    void fetch() {
        if (missKeys.isEmpty()) {
            return;
        }
        Map<String, Long> got = stats.documentFrequencies(missKeys);
        for (int i = 0; i < missKeys.size(); i++) {
            String key = missKeys.get(i);
            long v = got.getOrDefault(key, 0L);
            int[] slot = missSlots.get(i);
            if (slot == null) {
                phrases.put(key, v);
            } else {
                df[slot[0]][slot[1]] = v;
            }
        }
        missKeys.clear();
        missSlots.clear();
    }

    long word(int id) {
        return df[WORD][id];
    }

    /** log(1 + (n + 1) / (df + k)) of a word read by {@link #wantWord}, at {@code n} documents. */
    double idf(int id, long n, double k) {
        if (k != 1.0) {
            return Math.log(1.0 + (n + 1.0) / (df[WORD][id] + k)); // only weight fitting varies k: the cache holds k = 1
        }
        if (idfStamp[id] != generation) {
            idfStamp[id] = generation;
            idf[id] = Math.log(1.0 + (n + 1.0) / (df[WORD][id] + k));
        }
        return idf[id];
    }

    long definite(int id) {
        return df[DEFINITE][id];
    }

    long afterTitle(int id) {
        return df[AFTER_TITLE][id];
    }

    long phrase(String key) {
        return phrases.getOrDefault(key, 0L);
    }
}
