package org.khabar.ingest.crawl;

/**
 * Receives new items. If it throws, the item is not marked as seen and the feed's validators are not advanced,
 * so the item is offered again on the next poll: nothing is lost.
 */
@FunctionalInterface
public interface ItemSink {
    void accept(NewItem item) throws Exception;
}
