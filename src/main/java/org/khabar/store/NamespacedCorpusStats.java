package org.khabar.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of shared corpus statistics under a key prefix, so that two stages that count different kinds of
 * keys (tagging's word keys, clustering's stems) share one store without mixing their frequencies.
 * The document count is shared: every stage counts the same documents.
 */
public final class NamespacedCorpusStats implements CorpusStats {
    private final CorpusStats shared;
    private final String prefix;

    public NamespacedCorpusStats(CorpusStats shared, String namespace) {
        this.shared = shared;
        this.prefix = namespace + "\u001f";
    }

    @Override
    public long documentCount() {
        return shared.documentCount();
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> keys) {
        List<String> prefixed = new ArrayList<>(keys.size());
        for (String k : keys) prefixed.add(prefix + k);
        Map<String, Long> found = shared.documentFrequencies(prefixed);
        Map<String, Long> out = new HashMap<>(keys.size() * 2);
        for (String k : keys) out.put(k, found.getOrDefault(prefix + k, 0L));
        return out;
    }

    /** Not supported: a document is counted once, through the shared statistics, with all its namespaced keys. */
    @Override
    public void addDocument(Collection<String> distinctKeys) {
        throw new UnsupportedOperationException("count documents through the shared CorpusStats with keys(…)");
    }

    /** The keys to add to the shared statistics for this namespace. */
    public List<String> keys(Collection<String> distinctKeys) {
        List<String> out = new ArrayList<>(distinctKeys.size());
        for (String k : distinctKeys) out.add(prefix + k);
        return out;
    }

    @Override
    public long retaggedAt() {
        return shared.retaggedAt();
    }

    @Override
    public long retaggedWith() {
        return shared.retaggedWith();
    }

    @Override
    public void setRetagged(long documents, long taggerVersion) {
        shared.setRetagged(documents, taggerVersion);
    }

    @Override
    public void flush() {
        shared.flush();
    }
}
