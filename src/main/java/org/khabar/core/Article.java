package org.khabar.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news article as khabar keeps it. The canonical URL is its identity across imports and crawls;
 * {@code id} is assigned by the store and is 0 until the article is stored.
 *
 * @param id          store-assigned id, 0 when not yet stored
 * @param url         canonical URL (see {@code CanonicalUrl}); unique in the store
 * @param sourceId    outlet id, e.g. "alarabiya"
 * @param externalId  id in the originating corpus or feed (ANT docno, feed GUID); may be null
 * @param title       plain text title
 * @param published   publication instant; null when the source gave none we could parse
 * @param author      plain text; may be null
 * @param summary     plain text lead/abstract; may be null
 * @param body        plain text, paragraphs separated by '\n'
 * @param category    outlet's section name; may be null
 * @param tags        keyword tags, best first
 * @param ingested    when khabar stored it
 * @param duplicateOf id of the canonical member of its duplicate group, or null when it is canonical
 * @param storyId     id of the story it belongs to, or null before clustering
 */
public record Article(
        long id,
        String url,
        String sourceId,
        String externalId,
        String title,
        Instant published,
        String author,
        String summary,
        String body,
        String category,
        List<Tag> tags,
        Instant ingested,
        Long duplicateOf,
        Long storyId) {

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A new, not yet stored article. */
    public static Article draft(String url, String sourceId, String externalId, String title, Instant published,
                                String author, String summary, String body, String category) {
        return new Article(0, url, sourceId, externalId, title, published, author, summary, body, category,
                List.of(), null, null, null);
    }

    public Article withId(long newId) {
        return new Article(newId, url, sourceId, externalId, title, published, author, summary, body, category,
                tags, ingested, duplicateOf, storyId);
    }

    public Article withTags(List<Tag> newTags) {
        return new Article(id, url, sourceId, externalId, title, published, author, summary, body, category,
                newTags, ingested, duplicateOf, storyId);
    }

    public Article withIngested(Instant when) {
        return new Article(id, url, sourceId, externalId, title, published, author, summary, body, category,
                tags, when, duplicateOf, storyId);
    }

    public Article withDuplicateOf(Long canonicalId) {
        return new Article(id, url, sourceId, externalId, title, published, author, summary, body, category,
                tags, ingested, canonicalId, storyId);
    }

    public Article withStoryId(Long newStoryId) {
        return new Article(id, url, sourceId, externalId, title, published, author, summary, body, category,
                tags, ingested, duplicateOf, newStoryId);
    }

    public boolean isCanonical() {
        return duplicateOf == null;
    }

    /** Body paragraphs, without blank ones. */
    public List<String> paragraphs() {
        return body.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
