package org.khabar.ingest.crawl;

import org.khabar.core.Article;

/**
 * An item seen for the first time, handed to the pipeline.
 *
 * @param article     draft article (id 0); body is plain text paragraphs from the feed, possibly empty
 * @param bodyHtml    the feed's item HTML, sanitised (jsoup Safelist); may be null
 * @param summaryOnly true when the feed carried only a summary: the pipeline should fetch {@code article.url()}
 *                    and extract the full text
 * @param itemId      identity key (see {@code ItemIdentity})
 */
public record NewItem(Article article, String bodyHtml, boolean summaryOnly, String feedUrl, String itemId) {
}
