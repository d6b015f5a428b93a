package org.khabar.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.store.CorpusStats;

/**
 * Corpus document frequencies the tagger has asked for, remembered by key id. The document count is the version:
 * when documents are counted, the statistics list their keys ({@link CorpusStats#documentsSince}) and the remembered
 * figures of those keys go up by one each, so IDF stays exactly what the statistics say, article by article, without
 * reading every word again (bulk import counts one document between two articles). When the statistics cannot list
 * them, or a document was counted while figures were being read, every remembered figure is dropped. One instance
 * per thread (no locking on the per-word path).
 */
final class CorpusFrequencies {

    private static final int WORD = 0, DEFINITE = 1, AFTER_TITLE = 2;

    private final CorpusStats stats;
    private Vocabulary vocabulary;
    private long version = Long.MIN_VALUE;
    /** False once a document was counted while figures were being read at {@code version}: some may hold it. */
    private boolean settled;
    /**
     * Per kind (word, definite, after-title): the generation in which each id's figure was read, and the figure. Word
     * figures are kept across documents counted and brought up to date; the prefixed ones (a few per article) are
     * read again after any count.
     */
    private final int[][] stamp = new int[3][];
    private final long[][] df = new long[3][];
    private final int[] generation = {1, 1, 1};
    /** Bumped whenever the document count changes: IDF depends on it. */
    private int idfGeneration = 1;
    /** Phrase frequencies of the current article's shortlist. */
    private final Map<String, Long> phrases = new HashMap<>();
    /**
     * IDF per word id at k = 1 (the shipped weights; the ranker's features always use it), valid in the IDF generation
     * of {@code idfStamp}: the document count is fixed within one.
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
        boolean newIds = vocabulary != this.vocabulary;
        if (newIds) {
            this.vocabulary = vocabulary;
            forgetAll();
        } else if (documentCount != version) {
            Optional<List<Collection<String>>> counted = settled ? stats.documentsSince(version) : Optional.empty();
            if (counted.isPresent()) {
                for (Collection<String> keys : counted.get()) {
                    countOne(keys);
                }
            } else {
                forgetAll();
            }
        }
        if ((newIds || documentCount != version) && ++idfGeneration == Integer.MAX_VALUE) {
            idfGeneration = 1;
            Arrays.fill(idfStamp, 0);
        }
        version = documentCount;
        settled = true;
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

    private void forgetAll() {
        for (int kind = 0; kind < 3; kind++) {
            forget(kind);
        }
    }

    private void forget(int kind) {
        if (++generation[kind] == Integer.MAX_VALUE) {
            generation[kind] = 1;
            Arrays.fill(stamp[kind], 0);
        }
    }

    /**
     * One more document with these keys: each remembered word figure whose key is one of them goes up by one. The
     * prefixed figures are read again instead. Phrase, prefixed and other stages' keys are skipped without a look-up
     * while no word key looks like one ({@link Vocabulary#oddKeys}).
     */
    private void countOne(Collection<String> keys) {
        forget(DEFINITE);
        forget(AFTER_TITLE);
        boolean odd = vocabulary.oddKeys();
        int[] wordStamp = stamp[WORD];
        int wordGeneration = generation[WORD];
        for (String key : keys) {
            if (!odd && !Vocabulary.mayBeWordKey(key)) {
                continue;
            }
            int id = vocabulary.idOfKey(key);
            if (id >= 0 && id < wordStamp.length && wordStamp[id] == wordGeneration) {
                df[WORD][id]++;
            }
        }
    }

    void wantWord(int id, String key) {
        want(WORD, id, "", key);
    }

    /** The word at token {@code i} of {@code d}; its key string is read only if the figure is not remembered. */
    void wantWord(ArticleWords d, int i) {
        int id = d.ids[i];
        if (stamp[WORD][id] != generation[WORD]) {
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
        if (stamp[kind][id] != generation[kind]) {
            stamp[kind][id] = generation[kind]; // also de-duplicates the request
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
        if (stats.documentCount() != version) {
            settled = false; // some figures may already count a newer document: the next round reads them all again
        }
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
        if (idfStamp[id] != idfGeneration) {
            idfStamp[id] = idfGeneration;
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
