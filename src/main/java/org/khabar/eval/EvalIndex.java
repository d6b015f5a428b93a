package org.khabar.eval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.lucene.MltSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain Lucene index of articles for evaluations and benchmarks (the product's index is
 * {@code org.khabar.index.SearchIndex}): fields title, tags, body, all through the Arabic analyzer.
 * Offers the plain MoreLikeThis baseline and khabar's candidate retrieval on the same index.
 */
public final class EvalIndex implements AutoCloseable {
    /** One retrieved article id with its score. */
    public record Hit(long articleId, double score) {
    }

    private final Analyzer analyzer = new ArabicAnalyzer();
    private final Directory dir;
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private long[] idOfDoc;
    private Map<Long, Integer> docOfId;

    public EvalIndex(Path onDisk) throws IOException {
        this.dir = onDisk == null ? new ByteBuffersDirectory() : FSDirectory.open(onDisk);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setRAMBufferSizeMB(128);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        this.writer = new IndexWriter(dir, cfg);
    }

    public void add(Article a) {
        Document d = new Document();
        d.add(new StoredField("id", a.id()));
        d.add(new LongPoint("pub", a.published() == null ? 0 : a.published().toEpochMilli()));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        d.add(new TextField("tags", a.tags().stream().map(Tag::label).collect(Collectors.joining(" ")), Field.Store.YES));
        d.add(new TextField("body", a.body(), Field.Store.YES));
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends indexing and opens the searcher. */
    public void finish() throws IOException {
        writer.forceMerge(1);
        writer.close();
        writer = null;
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        idOfDoc = new long[reader.maxDoc()];
        docOfId = new java.util.HashMap<>(reader.maxDoc() * 2);
        var stored = reader.storedFields();
        for (int i = 0; i < reader.maxDoc(); i++) {
            idOfDoc[i] = stored.document(i).getField("id").numericValue().longValue();
            docOfId.put(idOfDoc[i], i);
        }
    }

    public int size() {
        return reader.maxDoc();
    }

    /**
     * Baseline: Lucene MoreLikeThis with its defaults over title and body, the article itself removed.
     */
    public List<Hit> plainMoreLikeThis(long articleId, int k) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{"title", "body"});
        Query q = mlt.like(docOfId.get(articleId));
        return hits(searcher.search(q, k + 1), articleId, List.of(), k);
    }

    /**
     * khabar's candidates: more-like-this over title, tags and body, built from fewer, sharper terms (title and
     * tags boosted), excluding the article and its duplicate group.
     */
    public List<Hit> khabarCandidates(long articleId, int k, Collection<Long> exclude) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{"title", "tags", "body"});
        mlt.setMaxQueryTerms(20);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(3);
        mlt.setMaxDocFreqPct(5);
        mlt.setBoost(true);
        Query q = mlt.like(docOfId.get(articleId));
        return hits(searcher.search(q, k + 1 + exclude.size()), articleId, exclude, k);
    }

    /**
     * The candidates the portal's finder retrieves ({@code MltRelatedFinder}): more-like-this with the product's
     * {@link MltSettings#NEWS} settings over title, tags and body, the article and its duplicate group excluded.
     * The analyzer is this index's (Lucene's Arabic analyzer), not the product's, so it is an approximation.
     */
    public List<Hit> servedCandidates(long articleId, int k, Collection<Long> exclude) throws IOException {
        MltSettings news = MltSettings.NEWS;
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{"title", "body", "tags"});
        mlt.setMinTermFreq(news.minTermFreq());
        mlt.setMinDocFreq(news.minDocFreq());
        mlt.setMaxDocFreq(news.maxDocFreq(reader.numDocs()));
        mlt.setMaxQueryTerms(news.maxQueryTerms());
        mlt.setMinWordLen(news.minWordLen());
        mlt.setBoost(true);
        Query q = mlt.like(docOfId.get(articleId));
        return hits(searcher.search(q, k + 1 + exclude.size()), articleId, exclude, k);
    }

    private List<Hit> hits(TopDocs td, long self, Collection<Long> exclude, int k) {
        List<Hit> out = new ArrayList<>(k);
        for (ScoreDoc sd : td.scoreDocs) {
            long id = idOfDoc[sd.doc];
            if (id == self || exclude.contains(id)) continue;
            out.add(new Hit(id, sd.score));
            if (out.size() == k) break;
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) writer.close();
        if (reader != null) reader.close();
        dir.close();
        analyzer.close();
    }
}
