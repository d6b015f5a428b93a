package org.khabar.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocFreqViewTest {
    @Test
    void moreLikeThisBuildsTheSameQueryOnTheViewAsOnTheIndexAndTheIndexStaysOpen() throws Exception {
        Random r = new Random(11);
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) words[i] = "w" + Integer.toString(i * 7919, 36);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             Analyzer analyzer = new StandardAnalyzer()) {
            List<String> texts = new java.util.ArrayList<>();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
                for (int d = 0; d < 300; d++) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 60; k++) sb.append(words[(int) Math.abs(r.nextGaussian() * 80) % words.length]).append(' ');
                    texts.add(sb.toString());
                    Document doc = new Document();
                    doc.add(new TextField("title", sb.substring(0, 40), Field.Store.YES));
                    doc.add(new TextField("body", sb.toString(), Field.Store.YES));
                    w.addDocument(doc);
                    if (d % 50 == 49) w.commit(); // several segments, as a growing index has
                }
                w.deleteDocuments(new Term("body", words[3]));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 1, "want several segments");
                for (int d = 0; d < 300; d += 7) {
                    Map<String, Collection<Object>> like = Map.of("title", List.of(texts.get(d).substring(0, 40)),
                            "body", List.of(texts.get(d)));
                    Query plain = MltSettings.NEWS.configure(new MoreLikeThis(reader), analyzer, reader.numDocs()).like(like);
                    Query viaView;
                    try (IndexReader view = DocFreqView.over(reader, new DocFreqView.Cache())) {
                        assertEquals(reader.docFreq(new Term("body", words[1])), view.docFreq(new Term("body", words[1])));
                        viaView = MltSettings.NEWS.configure(new MoreLikeThis(view), analyzer, reader.numDocs()).like(like);
                    }
                    assertEquals(plain, viaView, "document " + d);
                }
                // Closing the views left the real segments open.
                assertEquals(reader.numDocs(), reader.leaves().stream().mapToInt(l -> l.reader().numDocs()).sum());
                assertTrue(reader.docFreq(new Term("body", words[1])) > 0);
            }
        }
    }

    private static String text(Random r, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) sb.append(words[(int) Math.abs(r.nextGaussian() * 80) % words.length]).append(' ');
        return sb.toString();
    }

    private static void add(IndexWriter w, String text) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new TextField("title", text.substring(0, 40), Field.Store.YES));
        doc.add(new TextField("body", text, Field.Store.YES));
        w.addDocument(doc);
    }

    @Test
    void frequenciesKeptAcrossQueriesGiveTheSameQueriesAsTheIndexThroughDeletesNewSegmentsAndMerges() throws Exception {
        sameQueriesWith(new DocFreqView.Cache());
    }

    @Test
    void wholeIndexSumsGiveTheSameQueriesAsTheIndexThroughDeletesNewSegmentsAndMerges() throws Exception {
        DocFreqView.Cache cache = new DocFreqView.Cache();
        sameQueriesWith(cache, true);
        assertEquals(0, cache.indexReaders(), "each reader's sums go when it closes");
    }

    @Test
    void aCacheOverItsBudgetStartsAfreshAndStaysExact() throws Exception {
        DocFreqView.Cache small = new DocFreqView.Cache(50);
        sameQueriesWith(small);
        assertTrue(small.entries() <= 50 + 2_000, "cleared along the way: " + small.entries());
        DocFreqView.Cache smallWhole = new DocFreqView.Cache(50);
        sameQueriesWith(smallWhole, true);
        assertTrue(smallWhole.entries() <= 50 + 2_000, "cleared along the way: " + smallWhole.entries());
    }

    @Test
    void theWholeIndexViewOffersNothingButDocumentFrequencies() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); Analyzer analyzer = new StandardAnalyzer()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                add(w, "alpha beta gamma alpha delta epsilon zeta eta theta iota kappa lambda mu");
                w.commit();
                add(w, "alpha beta omega sigma tau upsilon phi chi psi rho pi omicron xi nu");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir);
                 IndexReader view = DocFreqView.wholeIndex(reader, new DocFreqView.Cache())) {
                assertEquals(2, reader.leaves().size());
                assertEquals(1, view.leaves().size());
                assertEquals(2, view.docFreq(new Term("body", "alpha")));
                assertEquals(1, view.docFreq(new Term("body", "omega")));
                assertEquals(0, view.docFreq(new Term("nofield", "alpha")));
                assertEquals(reader.numDocs(), view.numDocs());
                org.apache.lucene.index.TermsEnum te = view.leaves().get(0).reader().terms("body").iterator();
                org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, te::next);
                org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                        () -> view.storedFields().document(0));
            }
        }
    }

    private void sameQueriesWith(DocFreqView.Cache cache) throws Exception {
        sameQueriesWith(cache, false);
    }

    private void sameQueriesWith(DocFreqView.Cache cache, boolean wholeIndex) throws Exception {
        Random r = new Random(5);
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) words[i] = "w" + Integer.toString(i * 7919, 36);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); Analyzer analyzer = new StandardAnalyzer();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            List<String> texts = new java.util.ArrayList<>();
            for (int d = 0; d < 200; d++) {
                texts.add(text(r, words, 60));
                add(w, texts.get(d));
                if (d % 40 == 39) w.commit();
            }
            w.commit();
            int compared = 0;
            for (int round = 0; round < 3; round++) {
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    for (int pass = 0; pass < 2; pass++) { // the second pass answers from the cache
                        for (int d = round; d < texts.size(); d += 9) {
                            Map<String, Collection<Object>> like = Map.of("title", List.of(texts.get(d).substring(0, 40)),
                                    "body", List.of(texts.get(d)));
                            Query plain = MltSettings.NEWS.configure(new MoreLikeThis(reader), analyzer, reader.numDocs()).like(like);
                            Query cached;
                            try (IndexReader view = wholeIndex ? DocFreqView.wholeIndex(reader, cache)
                                    : DocFreqView.over(reader, cache)) {
                                for (int k = 0; k < 20; k++) {
                                    Term t = new Term("body", words[(k * 37 + d) % words.length]);
                                    assertEquals(reader.docFreq(t), view.docFreq(t), t.toString());
                                }
                                Term absent = new Term("body", "never-indexed");
                                assertEquals(0, view.docFreq(absent));
                                assertEquals(0, view.docFreq(absent)); // cached as absent
                                cached = MltSettings.NEWS.configure(new MoreLikeThis(view), analyzer, reader.numDocs()).like(like);
                            }
                            assertEquals(plain, cached, "round " + round + ", document " + d);
                            compared++;
                        }
                    }
                    assertTrue(cache.segments() >= reader.leaves().size());
                }
                // the index moves on: deletions in cached segments, new segments, then a merge of everything
                w.deleteDocuments(new Term("body", words[round + 2]));
                for (int d = 0; d < 30; d++) {
                    texts.add(text(r, words, 60));
                    add(w, texts.get(texts.size() - 1));
                }
                if (round == 1) w.forceMerge(1);
                w.commit();
            }
            assertTrue(compared > 100);
        }
        // every reader is closed: the segments' entries went with them
        assertEquals(0, cache.segments());
    }

    @Test
    void aCachedTermCanStillBeReadFromTheEnumerator() throws Exception {
        DocFreqView.Cache cache = new DocFreqView.Cache();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); Analyzer analyzer = new StandardAnalyzer()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                add(w, "alpha beta gamma alpha delta epsilon zeta eta theta iota kappa lambda mu");
                add(w, "alpha beta omega sigma tau upsilon phi chi psi rho pi omicron xi nu");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (int pass = 0; pass < 2; pass++) {
                    try (IndexReader view = DocFreqView.over(reader, cache)) {
                        org.apache.lucene.index.TermsEnum te = view.leaves().get(0).reader().terms("body").iterator();
                        assertTrue(te.seekExact(new org.apache.lucene.util.BytesRef("beta")));
                        assertEquals(2, te.docFreq());
                        assertEquals("beta", te.term().utf8ToString()); // positioned, even when the cache answered
                        assertEquals(2, te.totalTermFreq());
                        assertEquals("chi", te.next().utf8ToString());
                    }
                }
            }
        }
    }
}
