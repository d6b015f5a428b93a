package org.khabar.store;

import java.util.Collection;
import java.util.Map;

/**
 * Document frequencies over the stored corpus, kept up to date incrementally as articles arrive.
 * Keys are opaque to the store: the analysis stage decides what it counts (stems, phrases).
 * Shared by every process on the same store; increments are additive so concurrent writers never lose counts.
 */
public interface CorpusStats {

    /** Number of documents counted so far. */
    long documentCount();

    /** Document frequency of each key; keys never seen map to 0. */
    Map<String, Long> documentFrequencies(Collection<String> keys);

    /** Counts one more document containing each of {@code distinctKeys}. */
    void addDocument(Collection<String> distinctKeys);

    /**
     * The document count at which every stored article's tags were last recomputed together (0: never). Tags are
     * computed at ingest against the statistics of that moment, so the gap between this and {@link #documentCount}
     * tells how far IDF has drifted under the stored tags. Shared like the counts.
     */
    long retaggedAt();

    /** The tagger version of the last full retag (0: never, or before versions were recorded). Shared like the counts. */
    long retaggedWith();

    /**
     * Records that every stored article's tags were recomputed against {@code documents} documents by the tagger
     * of version {@code taggerVersion}.
     */
    void setRetagged(long documents, long taggerVersion);

    /** Makes pending increments durable and visible to other processes. */
    void flush();
}
