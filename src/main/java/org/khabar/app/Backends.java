package org.khabar.app;

import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.store.CorpusStats;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;
import org.khabar.store.sqlite.SqliteRelatedCache;

import java.nio.file.Path;
import java.time.Clock;

/** Opens khabar on concrete backends. The only class that names them. */
public final class Backends {
    private Backends() {
    }

    /** khabar on the embedded default: SQLite store and Lucene index in one data folder. */
    public static Khabar openEmbedded(Path dataDir) {
        return openEmbedded(dataDir, Clock.systemUTC());
    }

    public static Khabar openEmbedded(Path dataDir, Clock clock) {
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        try {
            SqliteArticleStore store = new SqliteArticleStore(db);
            SqliteCorpusStats corpus = new SqliteCorpusStats(db);
            SqliteRelatedCache related = new SqliteRelatedCache(db);
            LuceneIndex index = new LuceneIndex(dataDir.resolve("index"), new KhabarAnalyzer());
            RelatedFinder finder = new MltRelatedFinder(store, index, clock);
            return new Khabar(store, corpus, related, index, new LanguageAnalysis(corpus), finder, clock, () -> {
                try {
                    index.close();
                } finally {
                    db.close();
                }
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Only the corpus statistics of a data folder: safe beside a running portal (SQLite allows it). */
    public static CorpusHandle openCorpus(Path dataDir) {
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        return new CorpusHandle(new SqliteCorpusStats(db), db);
    }

    /** Corpus statistics and the database they live in, closed together. */
    public record CorpusHandle(CorpusStats stats, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() {
            try {
                owner.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
