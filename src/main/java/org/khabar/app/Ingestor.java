package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.SearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.CorpusStats;

import java.time.Clock;
import java.util.List;

/**
 * The write path for one article: analyze → tag → store → index. The store is the system of record and
 * is written first; the index is derived and caught up from the store after a crash ({@link IndexSync}).
 */
public final class Ingestor {
    /** Tags kept per article; pages show the best of them. */
    static final int TAGS_PER_ARTICLE = 8;

    private final ArticleStore store;
    private final CorpusStats corpus;
    private final SearchIndex index;
    private final Analysis analysis;
    private final Clock clock;

    public Ingestor(ArticleStore store, CorpusStats corpus, SearchIndex index, Analysis analysis, Clock clock) {
        this.store = store;
        this.corpus = corpus;
        this.index = index;
        this.analysis = analysis;
        this.clock = clock;
    }

    public IngestOutcome ingest(Article draft) {
        // A cheap check first, so a re-import costs no analysis; the store's unique URL still decides races.
        if (store.byUrl(draft.url()).isPresent()) return IngestOutcome.SAME_URL;
        List<Tag> tags = analysis.tags(draft.title(), draft.body(), TAGS_PER_ARTICLE);
        Article article = draft.withTags(tags).withIngested(clock.instant());
        ArticleStore.InsertResult result = store.insert(article);
        if (!result.inserted()) return IngestOutcome.SAME_URL;
        // Counted only once stored, so re-imports and lost races never inflate document frequencies.
        corpus.addDocument(analysis.corpusKeys(draft.title(), draft.body()));
        index.index(article.withId(result.id()));
        return IngestOutcome.STORED;
    }
}
