package org.khabar.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.MoreLikeThisHits;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchIndex;
import org.khabar.index.SearchQuery;
import org.khabar.index.SearchResults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@link SearchIndex} on an embedded Lucene directory.
 *
 * <p>One {@link IndexWriter} (thread-safe) takes every change; searches run on near-real-time readers from a
 * {@link SearcherManager}, refreshed after each commit and every {@link #REFRESH_INTERVAL_MS} ms in the background,
 * so an indexed article is searchable within about a second even before a commit. {@link #commit()} makes the
 * changes durable; a crash loses only what was indexed since the last commit (rebuildable from the store, see
 * {@link #maxArticleId()}).
 *
 * <p>No term vectors and no offsets are indexed: they made indexing 1.6× slower (0.76 → 0.48 ms per ANT article,
 * {@code khabar bench import}), while {@link #moreLikeThis} and the highlighter only need to re-analyse the stored
 * text of the one query article or of the page of hits they show.
 */
public final class LuceneIndex implements SearchIndex {

    static final long REFRESH_INTERVAL_MS = 1_000;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final QueryBuilder queries;
    private final MltSettings mlt;
    /** Segments' document frequencies, kept across more-like-this queries (exact: a segment's terms never change). */
    private final DocFreqView.Cache docFreqs = new DocFreqView.Cache();

    public LuceneIndex(Path dir, Analyzer analyzer) {
        this(dir, analyzer, MltSettings.NEWS);
    }

    public LuceneIndex(Path dir, Analyzer analyzer, MltSettings mlt) {
        this.analyzer = analyzer;
        this.mlt = mlt;
        this.queries = new QueryBuilder(analyzer);
        try {
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open Lucene index at " + dir, e);
        }
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lucene-refresh-" + dir.getFileName());
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_INTERVAL_MS, REFRESH_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    @Override
    public void index(Article article) {
        if (article.id() <= 0) throw new IllegalArgumentException("article has no store id: " + article.url());
        try {
            writer.updateDocument(new Term(Fields.ID, Long.toString(article.id())), toDocument(article));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
    }

    static Document toDocument(Article a) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(Fields.ID_SORT, a.id()));
        doc.add(new Field(Fields.TITLE, Fields.plain(a.title()), Fields.TITLE_TYPE));
        doc.add(new Field(Fields.BODY, Fields.plain(a.body()), Fields.BODY_TYPE));
        for (Tag t : a.tags()) {
            doc.add(new StringField(Fields.TAG, t.key(), Field.Store.NO));
            doc.add(new Field(Fields.TAG_LABEL, t.label(), Fields.TAG_LABEL_TYPE));
        }
        doc.add(new StringField(Fields.SOURCE, a.sourceId(), Field.Store.NO));
        long published = a.published() == null ? Long.MIN_VALUE : a.published().toEpochMilli();
        if (a.published() != null) doc.add(new LongPoint(Fields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(Fields.PUBLISHED_SORT, published));
        return doc;
    }

    @Override
    public void delete(long articleId) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + articleId, e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    @Override
    public long count() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index", e);
        }
    }

    @Override
    public long maxArticleId() {
        return withFreshSearcher(s -> {
            TopDocs top = s.search(new MatchAllDocsQuery(), 1,
                    new Sort(new SortField(Fields.ID_SORT, SortField.Type.LONG, true)));
            return top.scoreDocs.length == 0 ? 0L : articleId(s, top.scoreDocs[0].doc);
        });
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public SearchResults search(SearchQuery q) {
        Query textQuery = queries.textQuery(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, textQuery == null ? Occur.FILTER : Occur.MUST);
        if (q.tagKey() != null) b.add(new TermQuery(new Term(Fields.TAG, q.tagKey())), Occur.FILTER);
        if (q.sourceId() != null) b.add(new TermQuery(new Term(Fields.SOURCE, q.sourceId())), Occur.FILTER);
        Query query = b.build();
        return withSearcher(s -> {
            // Lucene collects offset + limit hits: never more than the index holds, whatever offset is asked for.
            int wanted = (int) Math.max(1, Math.min((long) q.offset() + q.limit(), s.getIndexReader().maxDoc()));
            boolean byDate = textQuery == null || q.order() == SearchQuery.Order.NEWEST;
            TopDocs top = byDate ? s.search(query, wanted, Fields.NEWEST_FIRST) : s.search(query, wanted);
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(query);
            List<SearchHit> hits = new ArrayList<>();
            if (q.limit() > 0 && top.scoreDocs.length > q.offset()) {
                ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, q.offset(), top.scoreDocs.length);
                String[] snippets = Snippets.of(s, analyzer, textQuery, page);
                for (int i = 0; i < page.length; i++) {
                    float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
                    hits.add(new SearchHit(articleId(s, page[i].doc), score, snippets[i]));
                }
            }
            return new SearchResults(hits, total);
        });
    }

    @Override
    public List<SearchHit> moreLikeThis(long articleId, int limit, Collection<Long> exclude) {
        if (limit <= 0) return List.of();
        try (MoreLikeThisHits hits = moreLikeThisHits(articleId, limit, exclude)) {
            return hits.top(limit);
        }
    }

    /**
     * Builds the more-like-this query once (analysing the article's stored text is most of its setup) and reruns
     * it, with the same weight, on the same searcher for each deeper read; Lucene's top hits are ordered by score,
     * then doc id, so the best 40 are exactly the first 40 of the best 120.
     */
    @Override
    public MoreLikeThisHits moreLikeThisHits(long articleId, int maxHits, Collection<Long> exclude) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
        try {
            Query query = maxHits <= 0 ? null : similarQuery(s, articleId, exclude);
            return new StagedHits(s, query, maxHits);
        } catch (IOException | RuntimeException e) {
            releaseQuietly(s);
            if (e instanceof IOException io) throw new UncheckedIOException("index read failed", io);
            throw (RuntimeException) e;
        }
    }

    /** MoreLikeThis over the article's title, body and tags, minus itself and {@code exclude}; null if not indexed. */
    private Query similarQuery(IndexSearcher s, long articleId, Collection<Long> exclude) throws IOException {
        TopDocs self = s.search(new TermQuery(new Term(Fields.ID, Long.toString(articleId))), 1);
        if (self.scoreDocs.length == 0) return null;
        // The stored title and body, read once: like(docNum) would decompress the document once per field.
        Document stored = s.storedFields().document(self.scoreDocs[0].doc, Set.of(Fields.TITLE, Fields.BODY));
        Map<String, Collection<Object>> likeText = new HashMap<>();
        for (String field : List.of(Fields.TITLE, Fields.BODY)) {
            String value = stored.get(field);
            if (value != null) likeText.put(field, List.of(value));
        }
        Query like;
        try (IndexReader view = DocFreqView.wholeIndex(s.getIndexReader(), docFreqs)) {
            MoreLikeThis mlt = this.mlt.configure(new MoreLikeThis(view), analyzer, s.getIndexReader().numDocs());
            like = mlt.like(likeText);
        }
        like = QueryTermStates.prefilled(like, s.getTopReaderContext());
        List<BytesRef> excluded = new ArrayList<>(exclude.size() + 1);
        excluded.add(new BytesRef(Long.toString(articleId)));
        for (Long id : exclude) excluded.add(new BytesRef(Long.toString(id)));
        return new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermInSetQuery(Fields.ID, excluded), Occur.MUST_NOT)
                .build();
    }

    /** A prepared more-like-this query on one acquired searcher, released on close. */
    private final class StagedHits implements MoreLikeThisHits {
        private final IndexSearcher searcher;
        private final Query query;
        private final int maxHits;
        private List<SearchHit> read = List.of();
        private boolean closed;

        StagedHits(IndexSearcher searcher, Query query, int maxHits) {
            this.searcher = searcher;
            this.query = query == null ? null : new ReusedWeightQuery(query);
            this.maxHits = maxHits;
        }

        @Override
        public List<SearchHit> top(int n) {
            if (closed) throw new IllegalStateException("more-like-this hits already closed");
            int limit = Math.min(n, maxHits);
            if (query == null || limit <= 0) return List.of();
            if (limit <= read.size()) return read.subList(0, limit);
            try {
                List<SearchHit> hits = new ArrayList<>(limit);
                for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                    hits.add(new SearchHit(articleId(searcher, sd.doc), sd.score, ""));
                }
                read = hits;
                return hits;
            } catch (IOException e) {
                throw new UncheckedIOException("index read failed", e);
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            releaseQuietly(searcher);
        }
    }

    private void releaseQuietly(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            // Releasing only decrements a reference count; a failure leaves at worst an unclosed old reader.
        }
    }

    /**
     * From the id doc values: reading the stored id would decompress a whole stored block (bodies included) per
     * hit, a third of a similar-list query's time (JFR, {@code khabar bench similar}).
     */
    private static long articleId(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues(Fields.ID_SORT);
        if (ids != null && ids.advanceExact(doc - leaf.docBase)) return ids.longValue();
        return Long.parseLong(s.storedFields().document(doc, Set.of(Fields.ID)).get(Fields.ID));
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
    }

    /** For answers that must include everything indexed so far, not just what the last refresh saw. */
    private <T> T withFreshSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("index refresh failed", e);
        }
        return withSearcher(work);
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // A failed background refresh leaves the previous searcher in place; the next tick or commit retries.
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
            searchers.close();
            writer.close();
            directory.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    /** Field names and types; package-private so tests and tools can inspect documents. */
    static final class Fields {
        static final String ID = "id";
        static final String ID_SORT = "id_sort";
        static final String TITLE = "title";
        static final String BODY = "body";
        static final String TAG = "tag";
        static final String TAG_LABEL = "tag_label";
        static final String SOURCE = "source";
        static final String PUBLISHED = "published";
        static final String PUBLISHED_SORT = "published_sort";

        static final Sort NEWEST_FIRST = new Sort(new SortField(PUBLISHED_SORT, SortField.Type.LONG, true),
                new SortField(ID_SORT, SortField.Type.LONG, true));

        static final FieldType TITLE_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        static final FieldType BODY_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        static final FieldType TAG_LABEL_TYPE = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

        private static FieldType textType(boolean stored, IndexOptions options) {
            FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
            t.setStored(stored);
            t.setIndexOptions(options);
            t.freeze();
            return t;
        }

        /** Snippet markers must only ever come from the highlighter, never from the text itself. */
        static String plain(String text) {
            return text.replace('\u0001', ' ').replace('\u0002', ' ');
        }

        private Fields() {
        }
    }

    /** Snippet extraction: matched passages of the body, else of the title, else the start of the body. */
    static final class Snippets {
        static final int MAX_CHARS = 240;

        static String[] of(IndexSearcher s, Analyzer analyzer, Query textQuery, ScoreDoc[] docs) throws IOException {
            int[] ids = new int[docs.length];
            for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
            String[] out = new String[docs.length];
            if (textQuery != null) {
                UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzer)
                        .withFormatter(new DefaultPassageFormatter("\u0001", "\u0002", " … ", false))
                        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getSentenceInstance(Locale.ROOT), MAX_CHARS / 2, 0.5f))
                        .withMaxNoHighlightPassages(0)
                        .withMaxLength(100_000)
                        .build();
                Map<String, String[]> hl = h.highlightFields(new String[]{Fields.BODY, Fields.TITLE}, textQuery, ids,
                        new int[]{2, 1});
                for (int i = 0; i < docs.length; i++) {
                    String body = hl.get(Fields.BODY)[i];
                    out[i] = body != null ? body : hl.get(Fields.TITLE)[i];
                }
            }
            for (int i = 0; i < docs.length; i++) {
                if (out[i] == null) out[i] = lead(s.storedFields().document(ids[i], java.util.Set.of(Fields.BODY)).get(Fields.BODY));
                else out[i] = out[i].strip();
            }
            return out;
        }

        private static String lead(String body) {
            if (body == null) return "";
            String flat = body.strip().replace('\n', ' ');
            if (flat.length() <= MAX_CHARS) return flat;
            int cut = flat.lastIndexOf(' ', MAX_CHARS);
            return flat.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + " …";
        }

        private Snippets() {
        }
    }
}
