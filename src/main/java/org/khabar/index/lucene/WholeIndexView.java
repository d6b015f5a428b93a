package org.khabar.index.lucene;

import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The document frequencies of a whole index seen as one leaf, for building a more-like-this query. MoreLikeThis
 * asks {@code docFreq} of every distinct term of the article in each of its fields, and a multi-segment reader
 * answers each by asking every segment (13 of them at 31,500 articles), even when the segments' answers are cached
 * ({@link DocFreqView#over}). Here an answer is one look-up in the cache's sums for this point-in-time reader; a
 * term not seen yet is summed once from the segments. Only what {@code MoreLikeThis.like(Map)} reads is offered
 * (numDocs, maxDoc, and seekExact then docFreq on a field's terms): documents, term vectors, live docs and term
 * enumeration throw, so that no other use can mistake the view for a segment.
 */
final class WholeIndexView extends FilterLeafReader {
    private final IndexReader perSegment;
    private final IndexReader index;
    private final DocFreqView.Cache cache;
    private final Map<String, Terms> terms = new HashMap<>();

    /** {@code first}: one of {@code perSegment}'s leaves, only there to satisfy FilterLeafReader; never read. */
    WholeIndexView(LeafReader first, IndexReader perSegment, IndexReader index, DocFreqView.Cache cache) {
        super(first);
        this.perSegment = perSegment;
        this.index = index;
        this.cache = cache;
    }

    @Override
    public int numDocs() {
        return perSegment.numDocs();
    }

    @Override
    public int maxDoc() {
        return perSegment.maxDoc();
    }

    @Override
    public Terms terms(String field) throws IOException {
        if (terms.containsKey(field)) return terms.get(field);
        Terms all = MultiTerms.getTerms(perSegment, field);
        Map<BytesRef, Integer> sums = all == null ? null : cache.ofWholeIndex(index, field);
        Terms summed = all == null ? null : new FilterTerms(all) {
            @Override
            public TermsEnum iterator() {
                return new SummedDocFreqs(field, sums);
            }
        };
        terms.put(field, summed);
        return summed;
    }

    /** seekExact + docFreq from the whole-index sums; a miss is summed over the segments and remembered. */
    private final class SummedDocFreqs extends BaseTermsEnum {
        private final String field;
        private final Map<BytesRef, Integer> sums;
        private int docFreq;

        SummedDocFreqs(String field, Map<BytesRef, Integer> sums) {
            this.field = field;
            this.sums = sums;
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            Integer df = sums.get(text);
            if (df == null) {
                df = perSegment.docFreq(new Term(field, text));
                if (sums.put(BytesRef.deepCopyOf(text), df) == null) cache.counted();
            }
            docFreq = df;
            return df > 0;
        }

        @Override
        public int docFreq() {
            return docFreq;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            throw onlyDocFreqs();
        }

        @Override
        public void seekExact(long ord) {
            throw onlyDocFreqs();
        }

        @Override
        public BytesRef term() {
            throw onlyDocFreqs();
        }

        @Override
        public long ord() {
            throw onlyDocFreqs();
        }

        @Override
        public long totalTermFreq() {
            throw onlyDocFreqs();
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            throw onlyDocFreqs();
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            throw onlyDocFreqs();
        }

        @Override
        public BytesRef next() {
            throw onlyDocFreqs();
        }
    }

    private static UnsupportedOperationException onlyDocFreqs() {
        return new UnsupportedOperationException("a whole-index view answers document frequencies only");
    }

    @Override
    public Bits getLiveDocs() {
        throw onlyDocFreqs();
    }

    @Override
    public Fields getTermVectors(int docID) {
        throw onlyDocFreqs();
    }

    @Override
    public TermVectors termVectors() {
        throw onlyDocFreqs();
    }

    @Override
    public StoredFields storedFields() {
        throw onlyDocFreqs();
    }

    @Override
    public void document(int docID, StoredFieldVisitor visitor) {
        throw onlyDocFreqs();
    }

    @Override
    protected void doClose() throws IOException {
        perSegment.close(); // the per-segment views only; the index's own segments stay open
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
