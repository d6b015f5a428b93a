package org.khabar.app;

import java.util.Locale;

/**
 * How far IDF has drifted under the stored tags. An article is tagged at ingest against the statistics of that
 * moment, so after a bulk import into an empty store the first articles were tagged against a handful of
 * documents: after a whole-ANT import, the first tenth of the articles keeps 62 % of its tags when recomputed
 * against the whole corpus, the last tenth 87 % ({@code khabar retag} prints these; docs/benchmarks-analyze.md). Every stored article's tags were computed against at
 * least {@code retaggedAt} documents (the last full retag), or against almost none if there was none. Tags made by
 * another tagger (an upgrade changed its rules, ranker or word lists) are as far off as drifted ones.
 *
 * @param documents      documents in the statistics now
 * @param retaggedAt     documents at the last full retag, 0 if never
 * @param retaggedWith   the tagger version of that retag, 0 if never or not recorded
 * @param currentTagger  the version of the tagger that would retag now
 */
public record TagDrift(long documents, long retaggedAt, long retaggedWith, long currentTagger) {
    /** Below this many documents IDF is not worth trusting either way: no retag yet. */
    public static final long MIN_DOCUMENTS = 1_000;
    /**
     * The corpus has grown this many times since the last full retag. Retagging at each doubling costs at most
     * one extra tagging per article over the store's life (the sizes at retags sum to less than twice the corpus).
     */
    public static final double GROWTH = 2.0;

    public boolean isFar() {
        return documents >= MIN_DOCUMENTS && (documents >= GROWTH * retaggedAt || byAnotherTagger());
    }

    /** The last full retag was done by another tagger than this build's (or before versions were recorded). */
    public boolean byAnotherTagger() {
        return retaggedAt > 0 && retaggedWith != currentTagger;
    }

    /** One line for an operator. */
    public String describe() {
        return String.format(Locale.ROOT, "tags were last recomputed at %s documents%s, the corpus now holds %,d",
                retaggedAt == 0 ? "no" : String.format(Locale.ROOT, "%,d", retaggedAt),
                byAnotherTagger() ? " by an earlier version of the tagger" : "", documents);
    }
}
