package org.khabar.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * The keys of every document counted since {@link #documentCount} was {@code documentCount}, oldest first, when
     * this instance can vouch that nothing else changed any frequency in between; empty when it cannot (another
     * process's counts arrived, or the gap is longer than it remembers). A reader that kept frequencies read at that
     * count brings them up to date exactly by adding one per listed key, instead of reading them all again: the
     * tagger reads a few hundred per article, and bulk import counts one document between two articles.
     */
    default Optional<List<Collection<String>>> documentsSince(long documentCount) {
        return Optional.empty();
    }

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
