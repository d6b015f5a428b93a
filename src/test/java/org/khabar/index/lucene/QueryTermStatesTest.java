package org.khabar.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class QueryTermStatesTest {
    @Test
    void prefilledStatesGiveTheSameHitsAndScoresAsLuceneBuildingThem() throws Exception {
        Random r = new Random(3);
        String[] words = new String[500];
        for (int i = 0; i < words.length; i++) words[i] = "w" + Integer.toString(i * 7919, 36);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); Analyzer analyzer = new StandardAnalyzer()) {
            List<String> texts = new java.util.ArrayList<>();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int d = 0; d < 400; d++) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 50; k++) sb.append(words[(int) Math.abs(r.nextGaussian() * 120) % words.length]).append(' ');
                    texts.add(sb.toString());
                    Document doc = new Document();
                    doc.add(new TextField("title", sb.substring(0, 40), Field.Store.NO));
                    doc.add(new TextField("body", sb.toString(), Field.Store.NO));
                    w.addDocument(doc);
                    if (d % 60 == 59) w.commit(); // several segments; some terms absent from some of them
                }
                w.deleteDocuments(new Term("body", words[5]));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 3, "want several segments");
                IndexSearcher searcher = new IndexSearcher(reader);
                int compared = 0;
                for (int d = 0; d < texts.size(); d += 13) {
                    Map<String, Collection<Object>> like = Map.of("title", List.of(texts.get(d).substring(0, 40)),
                            "body", List.of(texts.get(d)));
                    Query mlt = MltSettings.NEWS.configure(new MoreLikeThis(reader), analyzer, reader.numDocs()).like(like);
                    Query query = new BooleanQuery.Builder().add(mlt, Occur.MUST)
                            .add(new TermQuery(new Term("body", words[1])), Occur.MUST_NOT).build();
                    TopDocs plain = searcher.search(query, 50);
                    TopDocs prefilled = searcher.search(QueryTermStates.prefilled(query, searcher.getTopReaderContext()), 50);
                    assertEquals(plain.scoreDocs.length, prefilled.scoreDocs.length, "document " + d);
                    assertEquals(plain.totalHits, prefilled.totalHits);
                    for (int i = 0; i < plain.scoreDocs.length; i++) {
                        assertEquals(plain.scoreDocs[i].doc, prefilled.scoreDocs[i].doc, "document " + d + " hit " + i);
                        assertEquals(plain.scoreDocs[i].score, prefilled.scoreDocs[i].score, "document " + d + " hit " + i);
                    }
                    compared++;
                }
                assertTrue(compared > 20);
            }
        }
    }
}
