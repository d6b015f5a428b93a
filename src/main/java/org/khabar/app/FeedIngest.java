package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.extract.ArticleExtractor;
import org.khabar.extract.ExtractedArticle;
import org.khabar.ingest.crawl.ItemSink;
import org.khabar.ingest.crawl.NewItem;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.Fetcher;
import org.khabar.ingest.outlet.OutletRegistry;

import java.util.HashSet;
import java.util.Set;

/**
 * Where the crawler's new feed items enter the pipeline. A summary-only item gets its article page fetched
 * (through the crawler's polite, size- and time-limited fetcher) and its full text extracted first; if the page
 * yields no article, the summary is kept rather than losing the item.
 */
public final class FeedIngest implements ItemSink {
    private final Khabar khabar;
    private final Fetcher fetcher;
    private final ArticleExtractor extractor;
    private final OutletRegistry outlets;
    private final Set<String> knownSources = new HashSet<>();

    public FeedIngest(Khabar khabar, Fetcher fetcher, ArticleExtractor extractor, OutletRegistry outlets) {
        this.khabar = khabar;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.outlets = outlets;
    }

    @Override
    public void accept(NewItem item) throws Exception {
        Article article = item.summaryOnly() ? withFullText(item.article()) : item.article();
        if (knownSources.add(article.sourceId()) && khabar.store().source(article.sourceId()).isEmpty()) {
            khabar.store().upsertSource(outlets.get(article.sourceId())
                    .map(o -> new Source(o.id(), o.name(), o.siteUrl()))
                    .orElse(new Source(article.sourceId(), article.sourceId(), null)));
        }
        khabar.ingestor().ingest(article);
    }

    private Article withFullText(Article summaryOnly) throws Exception {
        FetchResult page = fetcher.fetch(summaryOnly.url());
        ExtractedArticle extracted = extractor.extract(page.body(), page.contentType(), page.finalUrl());
        if (!extracted.hasArticle()) return summaryOnly;
        String title = summaryOnly.title().isBlank() && extracted.title() != null ? extracted.title()
                : summaryOnly.title();
        return new Article(0, summaryOnly.url(), summaryOnly.sourceId(), summaryOnly.externalId(), title,
                summaryOnly.published(), summaryOnly.author() != null ? summaryOnly.author() : extracted.author(),
                summaryOnly.summary() != null ? summaryOnly.summary() : summaryOnly.body(), extracted.text(),
                summaryOnly.category(), java.util.List.of(), null, null, null);
    }
}
