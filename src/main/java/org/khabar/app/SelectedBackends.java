package org.khabar.app;

import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.index.SearchIndex;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.index.opensearch.OpenSearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.FingerprintStore;
import org.khabar.store.jdbc.JdbcFingerprintStore;
import org.khabar.store.jdbc.JdbcStoryStore;
import org.khabar.store.StoryStore;
import org.khabar.store.Transactions;
import org.khabar.store.CorpusStats;
import org.khabar.store.RelatedCache;
import org.khabar.store.jdbc.JdbcArticleStore;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresCorpusStats;
import org.khabar.store.postgres.PostgresDatabase;
import org.khabar.store.jdbc.JdbcFeedStateStore;
import org.khabar.store.EditorialTags;
import org.khabar.store.FeedStateStore;
import org.khabar.store.WorkLeases;
import org.khabar.store.postgres.PostgresWorkLeases;
import org.khabar.store.jdbc.JdbcEditorialTags;
import org.khabar.store.jdbc.JdbcRelatedCache;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;

import java.time.Clock;
import java.util.Map;

/**
 * Opens khabar on any store/index pair given as {@link BackendSpec}s ({@code --store}, {@code --index}).
 * {@link Backends#openEmbedded} stays the default; this class only adds the choice.
 */
public final class SelectedBackends {

    private SelectedBackends() {
    }

    /** The store parts of one backend, closed together. */
    public record StoreParts(ArticleStore store, CorpusStats corpus, RelatedCache related,
                             FingerprintStore fingerprints, StoryStore stories, EditorialTags editorial,
                             Transactions transactions,
                             AutoCloseable owner)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                corpus.flush();
            } finally {
                closeQuietly(owner);
            }
        }
    }

    public static Khabar open(String storeSpec, String indexSpec) {
        return open(BackendSpec.store(storeSpec), BackendSpec.index(indexSpec), Clock.systemUTC(), System.getenv());
    }

    public static Khabar open(BackendSpec storeSpec, BackendSpec indexSpec, Clock clock, Map<String, String> env) {
        StoreParts parts = openStore(storeSpec, env);
        SearchIndex index;
        try {
            index = openIndex(indexSpec);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
        return assemble(parts, index, clock);
    }

    public static StoreParts openStore(BackendSpec spec, Map<String, String> env) {
        if (spec instanceof BackendSpec.SqliteStore s) {
            SqliteDatabase db = SqliteDatabase.open(s.dir());
            return new StoreParts(new SqliteArticleStore(db), new SqliteCorpusStats(db), new JdbcRelatedCache(db),
                    new JdbcFingerprintStore(db), new JdbcStoryStore(db), new JdbcEditorialTags(db), db, db);
        }
        if (spec instanceof BackendSpec.PostgresStore p) {
            return openPostgres(PostgresConfig.fromSpec(p.spec(), env));
        }
        throw new IllegalArgumentException("not a store: " + spec);
    }

    /** Every store on one PostgreSQL database, sharing its pool and unit of work. */
    public static StoreParts openPostgres(PostgresConfig config) {
        PostgresDatabase db = PostgresDatabase.open(config);
        // The database is the unit of work: its advisory lock serialises dedup and story assignment across
        // every worker on it (PostgresDatabase#atomically).
        return new StoreParts(new JdbcArticleStore(db), new PostgresCorpusStats(db),
                new JdbcRelatedCache(db), new JdbcFingerprintStore(db), new JdbcStoryStore(db),
                new JdbcEditorialTags(db), db, db);
    }

    /** khabar on already opened store parts and index; closing it closes both. */
    public static Khabar assemble(StoreParts parts, SearchIndex index, Clock clock) {
        return Backends.assemble(parts.store(), parts.corpus(), parts.related(), parts.fingerprints(),
                parts.stories(), parts.editorial(), index, parts.transactions(), clock, () -> {
                    try {
                        index.close();
                    } finally {
                        parts.close();
                    }
                });
    }

    /**
     * The crawler's state beside the chosen store: the SQLite file {@code feed-state.db} in an embedded folder, or
     * the shared PostgreSQL tables (so every worker sees the items the others handed on, and feed polls are leased).
     * Closing it releases what it opened.
     */
    public static FeedStateHandle openFeedState(BackendSpec spec, Map<String, String> env) {
        if (spec instanceof BackendSpec.SqliteStore s) {
            SqliteDatabase db = SqliteDatabase.openFile(s.dir().resolve("feed-state.db"));
            // One process per embedded folder (DataDirLock): nobody to share feeds with.
            return new FeedStateHandle(new JdbcFeedStateStore(db), WorkLeases.UNSHARED, db);
        }
        if (spec instanceof BackendSpec.PostgresStore p) {
            PostgresDatabase db = PostgresDatabase.open(PostgresConfig.fromSpec(p.spec(), env));
            return new FeedStateHandle(new JdbcFeedStateStore(db), new PostgresWorkLeases(db), db);
        }
        throw new IllegalArgumentException("not a store: " + spec);
    }

    /** A feed state store, the leases its workers share, and what must be closed with them. */
    public record FeedStateHandle(FeedStateStore store, WorkLeases leases, AutoCloseable owner)
            implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(owner);
        }
    }

    public static SearchIndex openIndex(BackendSpec spec) {
        if (spec instanceof BackendSpec.LuceneIndexSpec l) return new LuceneIndex(l.dir(), new KhabarAnalyzer());
        if (spec instanceof BackendSpec.OpenSearchIndexSpec o) {
            return OpenSearchIndex.open(o.nodes(), o.alias(), new KhabarAnalyzer(), o.shards(), o.replicas());
        }
        throw new IllegalArgumentException("not an index: " + spec);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }
}
