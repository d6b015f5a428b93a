package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.extract.ArticleExtractor;
import org.khabar.ingest.crawl.ArticleCompleter;
import org.khabar.ingest.crawl.ItemSink;
import org.khabar.ingest.crawl.NewItem;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.OutletRegistry;

import java.util.HashSet;
import java.util.Set;

/**
 * Where the crawler's new feed items enter the pipeline, the same one imports go through. A summary-only item is
 * completed first ({@link ArticleCompleter}: page fetched, full text extracted and cleaned like an import).
 */
public final class FeedIngest implements ItemSink {
    private final Khabar khabar;
    private final ArticleCompleter completer;
    private final OutletRegistry outlets;
    private final Set<String> knownSources = new HashSet<>();

    public FeedIngest(Khabar khabar, Fetcher fetcher, ArticleExtractor extractor, OutletRegistry outlets) {
        this.khabar = khabar;
        this.completer = new ArticleCompleter(fetcher, extractor);
        this.outlets = outlets;
    }

    @Override
    public void accept(NewItem item) throws Exception {
        Article article = completer.complete(item, outlets.get(item.article().sourceId()).orElse(null));
        if (knownSources.add(article.sourceId()) && khabar.store().source(article.sourceId()).isEmpty()) {
            khabar.store().upsertSource(outlets.get(article.sourceId())
                    .map(o -> new Source(o.id(), o.name(), o.siteUrl()))
                    .orElse(new Source(article.sourceId(), article.sourceId(), null)));
        }
        khabar.ingestor().ingest(article);
    }
}
