package org.khabar.index.lucene;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view of an index for building one more-like-this query, whose document-frequency lookups reuse one terms
 * enumerator per segment and field. MoreLikeThis asks the document frequency of every distinct term of the
 * article (minTermFreq 1), and each plain {@code IndexReader.docFreq} builds a fresh enumerator per segment: that
 * was 42% of a similar-list query (JFR, {@code khabar bench similar}). The frequencies, and so the query, are the
 * same. One thread, one query: the view is not thread-safe; close it when the query is built (the index stays open).
 *
 * <p>Through a {@link Cache}, the frequencies also outlive the query. A segment's terms dictionary never changes (a
 * deletion leaves its document frequencies as they were; a merge makes a new segment), so a frequency read once
 * from a segment is exact for as long as the segment lives, and the common words of the next article's query are
 * not looked up again in every segment.
 */
final class DocFreqView {
    private DocFreqView() {
    }

    /**
     * Document frequencies by segment core, field and term, shared by the queries of one index (thread-safe).
     * A segment's entries go when the segment closes; all are dropped once more than {@link #MAX_ENTRIES} were added
     * since the last clear (about 130 bytes each: ~70 MB at most; closed segments' entries still count, which only
     * makes the clear come sooner), and the common words refill it at once.
     */
    static final class Cache {
        static final int MAX_ENTRIES = 500_000;
        private final Map<IndexReader.CacheKey, Map<String, Map<BytesRef, Integer>>> bySegment =
                new ConcurrentHashMap<>();
        /** Whole-index sums by top-level reader: one look-up per term instead of one per segment. */
        private final Map<IndexReader.CacheKey, Map<String, Map<BytesRef, Integer>>> byIndexReader =
                new ConcurrentHashMap<>();
        private final AtomicInteger entries = new AtomicInteger();
        private final int maxEntries;

        Cache() {
            this(MAX_ENTRIES);
        }

        Cache(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        /** The frequencies of {@code leaf}'s field, or null if the segment cannot be told apart from others. */
        Map<BytesRef, Integer> of(LeafReader leaf, String field) {
            return of(bySegment, leaf.getCoreCacheHelper(), field);
        }

        /**
         * The frequencies of {@code field} summed over every segment of {@code reader} (one point-in-time view of
         * the index), or null if the reader cannot be told apart from others. They go when the reader closes.
         */
        Map<BytesRef, Integer> ofWholeIndex(IndexReader reader, String field) {
            return of(byIndexReader, reader.getReaderCacheHelper(), field);
        }

        private Map<BytesRef, Integer> of(Map<IndexReader.CacheKey, Map<String, Map<BytesRef, Integer>>> byKey,
                                          IndexReader.CacheHelper helper, String field) {
            if (helper == null) return null;
            if (entries.get() > maxEntries) {
                entries.set(0);
                bySegment.values().forEach(Map::clear);
                byIndexReader.values().forEach(Map::clear);
            }
            Map<String, Map<BytesRef, Integer>> fields = byKey.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(byKey::remove);
                return new ConcurrentHashMap<>();
            });
            return fields.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        }

        void counted() {
            entries.incrementAndGet();
        }

        int segments() {
            return bySegment.size();
        }

        int indexReaders() {
            return byIndexReader.size();
        }

        int entries() {
            return entries.get();
        }
    }

    /**
     * A view for MoreLikeThis that answers each document frequency with one look-up in {@code cache}'s sums for
     * {@code reader} ({@link WholeIndexView}); what it has not seen yet comes from {@link #over}. Same frequencies
     * as {@code reader.docFreq}. Close it when the query is built.
     */
    static IndexReader wholeIndex(IndexReader reader, Cache cache) throws IOException {
        IndexReader perSegment = over(reader, cache);
        if (reader.leaves().isEmpty() || reader.getReaderCacheHelper() == null) return perSegment;
        return new WholeIndexView((LeafReader) perSegment.leaves().get(0).reader(), perSegment, reader, cache);
    }

    /** {@code cache}: the index's frequencies, kept across queries. */
    static IndexReader over(IndexReader reader, Cache cache) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReader[] views = new LeafReader[leaves.size()];
        for (int i = 0; i < views.length; i++) views[i] = new ReusingLeaf(leaves.get(i).reader(), cache);
        return new MultiReader(views, true);
    }

    private static final class ReusingLeaf extends FilterLeafReader {
        private final Map<String, Terms> terms = new HashMap<>();
        private final Cache cache;

        ReusingLeaf(LeafReader in, Cache cache) {
            super(in);
            this.cache = cache;
        }

        @Override
        public Terms terms(String field) throws IOException {
            if (terms.containsKey(field)) return terms.get(field);
            Terms t = super.terms(field);
            Map<BytesRef, Integer> known = t == null ? null : cache.of(in, field);
            Terms reusing = t == null ? null : new FilterTerms(t) {
                private TermsEnum shared;

                @Override
                public TermsEnum iterator() throws IOException {
                    if (shared == null) shared = known == null ? in.iterator() : new RememberingTermsEnum(in.iterator(), known, cache);
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

    /**
     * Answers {@code seekExact} + {@code docFreq} from the cache when it can (0 stands for an absent term). The
     * underlying enumerator is positioned only when something else is asked of it, so every other call sees the
     * term that was sought.
     */
    private static final class RememberingTermsEnum extends FilterLeafReader.FilterTermsEnum {
        private final Map<BytesRef, Integer> known;
        private final Cache cache;
        private BytesRef unsought; // answered from the cache; the delegate is not positioned on it yet
        private int docFreq;

        RememberingTermsEnum(TermsEnum in, Map<BytesRef, Integer> known, Cache cache) {
            super(in);
            this.known = known;
            this.cache = cache;
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            Integer df = known.get(text);
            if (df == null) {
                unsought = null;
                boolean found = in.seekExact(text);
                df = found ? in.docFreq() : 0;
                if (known.put(BytesRef.deepCopyOf(text), df) == null) cache.counted();
                docFreq = df;
                return found;
            }
            unsought = df > 0 ? BytesRef.deepCopyOf(text) : null;
            docFreq = df;
            return df > 0;
        }

        @Override
        public int docFreq() throws IOException {
            return unsought != null ? docFreq : in.docFreq();
        }

        private void position() throws IOException {
            if (unsought != null) {
                BytesRef t = unsought;
                unsought = null;
                if (!in.seekExact(t)) throw new IllegalStateException("a cached term is missing from its segment");
            }
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) throws IOException {
            unsought = null;
            return in.seekCeil(text);
        }

        @Override
        public void seekExact(long ord) throws IOException {
            unsought = null;
            in.seekExact(ord);
        }

        @Override
        public void seekExact(BytesRef term, TermState state) throws IOException {
            unsought = null;
            in.seekExact(term, state);
        }

        @Override
        public BytesRef next() throws IOException {
            position();
            return in.next();
        }

        @Override
        public BytesRef term() throws IOException {
            position();
            return in.term();
        }

        @Override
        public long ord() throws IOException {
            position();
            return in.ord();
        }

        @Override
        public long totalTermFreq() throws IOException {
            position();
            return in.totalTermFreq();
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            position();
            return in.postings(reuse, flags);
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            position();
            return in.impacts(flags);
        }

        @Override
        public TermState termState() throws IOException {
            position();
            return in.termState();
        }
    }
}
