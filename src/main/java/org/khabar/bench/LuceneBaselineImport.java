package org.khabar.bench;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.khabar.core.Article;
import org.khabar.ingest.ImportException;
import org.khabar.ingest.ImportItem;
import org.khabar.ingest.ImportReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The baseline an import is compared with: the same records read by the same reader, indexed by one
 * IndexWriter with the default config and Lucene's ArabicAnalyzer over title and body, on one thread.
 */
public final class LuceneBaselineImport {
    private LuceneBaselineImport() {
    }

    /** Returns the number of documents indexed. */
    public static long run(Path file, Path indexDir) throws IOException, ImportException {
        long n = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new ArabicAnalyzer()));
             ImportReader reader = ImportReader.open(file, Optional.empty())) {
            while (reader.hasNext()) {
                if (!(reader.next() instanceof ImportItem.Parsed parsed)) continue;
                Article a = parsed.article();
                Document doc = new Document();
                doc.add(new TextField("title", a.title(), Field.Store.YES));
                doc.add(new TextField("body", a.body(), Field.Store.YES));
                writer.addDocument(doc);
                n++;
            }
            writer.commit();
        }
        return n;
    }
}
