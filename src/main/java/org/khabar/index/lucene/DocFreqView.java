package org.khabar.index.lucene;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of an index for building one more-like-this query, whose document-frequency lookups reuse one terms
 * enumerator per segment and field. MoreLikeThis asks the document frequency of every distinct term of the
 * article (minTermFreq 1), and each plain {@code IndexReader.docFreq} builds a fresh enumerator per segment: that
 * was 42% of a similar-list query (JFR, {@code khabar bench similar}). The frequencies, and so the query, are the
 * same. One thread, one query: the view is not thread-safe; close it when the query is built (the index stays open).
 */
final class DocFreqView {
    private DocFreqView() {
    }

    static IndexReader over(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReader[] views = new LeafReader[leaves.size()];
        for (int i = 0; i < views.length; i++) views[i] = new ReusingLeaf(leaves.get(i).reader());
        return new MultiReader(views, true);
    }

    private static final class ReusingLeaf extends FilterLeafReader {
        private final Map<String, Terms> terms = new HashMap<>();

        ReusingLeaf(LeafReader in) {
            super(in);
        }

        @Override
        public Terms terms(String field) throws IOException {
            if (terms.containsKey(field)) return terms.get(field);
            Terms t = super.terms(field);
            Terms reusing = t == null ? null : new FilterTerms(t) {
                private TermsEnum shared;

                @Override
                public TermsEnum iterator() throws IOException {
                    if (shared == null) shared = in.iterator();
                    return shared;
                }
            };
            terms.put(field, reusing);
            return reusing;
        }

        @Override
        protected void doClose() {
            // The segment belongs to the searcher this view was made from; closing the view must not close it.
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
