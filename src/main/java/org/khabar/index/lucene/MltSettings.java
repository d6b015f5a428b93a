package org.khabar.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThis;

/**
 * MoreLikeThis parameters. {@link #NEWS}: a news article is short and its title and tags are one-offs, so a term
 * counts from its first occurrence (minTermFreq 1); a term must occur in at least two articles to say anything
 * about similarity (minDocFreq 2) and in at most 10% of them (frequent words are near stop words); the query keeps
 * the 30 best terms, boosted by their tf-idf, which is enough to pin a topic and keeps the query fast.
 */
public record MltSettings(int minTermFreq, int minDocFreq, int maxDocFreqPct, int maxQueryTerms, int minWordLen) {

    public static final MltSettings NEWS = new MltSettings(1, 2, 10, 30, 2);

    /** Below ~500 articles the maxDocFreqPct cut-off would be meaningless. */
    static final int MIN_MAX_DOC_FREQ = 50;

    /** A percentage of a small index is a handful of documents, which would drop every topical term: floored. */
    public int maxDocFreq(int numDocs) {
        return Math.max(MIN_MAX_DOC_FREQ, (int) ((long) numDocs * maxDocFreqPct / 100));
    }

    MoreLikeThis configure(MoreLikeThis mlt, Analyzer analyzer, int numDocs) {
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{LuceneIndex.Fields.TITLE, LuceneIndex.Fields.BODY, LuceneIndex.Fields.TAG_LABEL});
        mlt.setMinTermFreq(minTermFreq);
        mlt.setMinDocFreq(minDocFreq);
        mlt.setMaxDocFreq(maxDocFreq(numDocs));
        mlt.setMaxQueryTerms(maxQueryTerms);
        mlt.setMinWordLen(minWordLen);
        mlt.setBoost(true);
        return mlt;
    }
}
