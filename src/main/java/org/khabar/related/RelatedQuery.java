package org.khabar.related;

import org.khabar.core.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The article whose similar list is being built.
 *
 * @param duplicateIds ids of every member of its duplicate group (canonical and copies), excluding itself or not
 * @param titleWords   its headline's words as {@code analyze.HeadlineWords} gives them (empty: not known)
 */
public record RelatedQuery(long articleId, Instant published, Long storyId, Long duplicateOf, Set<Long> duplicateIds,
                           List<Tag> tags, Set<String> titleWords) {
    public RelatedQuery {
        duplicateIds = duplicateIds == null ? Set.of() : Set.copyOf(duplicateIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        titleWords = titleWords == null ? Set.of() : Set.copyOf(titleWords);
    }

    /** A query whose headline words are not known. */
    public RelatedQuery(long articleId, Instant published, Long storyId, Long duplicateOf, Set<Long> duplicateIds,
                        List<Tag> tags) {
        this(articleId, published, storyId, duplicateOf, duplicateIds, tags, Set.of());
    }

    public long groupId() {
        return duplicateOf != null ? duplicateOf : articleId;
    }
}
