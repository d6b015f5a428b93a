package org.khabar.cluster;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the story clusterer knows about one article: its weighted terms (title + lead + tags), its tag keys,
 * outlet and publication time.
 */
public record ArticleFeatures(long articleId, String sourceId, Instant published, TermVector terms, Set<String> tagKeys) {
    public ArticleFeatures {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(terms, "terms");
        tagKeys = tagKeys == null ? Set.of() : Set.copyOf(tagKeys);
        sourceId = sourceId == null ? "" : sourceId;
    }
}
