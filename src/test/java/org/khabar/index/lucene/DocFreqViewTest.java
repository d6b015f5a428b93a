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
                    try (IndexReader view = DocFreqView.over(reader)) {
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
}
