package org.khabar.related;

import org.khabar.core.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The article whose similar list is being built.
 *
 * @param duplicateIds ids of every member of its duplicate group (canonical and copies), excluding itself or not
 */
public record RelatedQuery(long articleId, Instant published, Long storyId, Long duplicateOf, Set<Long> duplicateIds,
                           List<Tag> tags) {
    public RelatedQuery {
        duplicateIds = duplicateIds == null ? Set.of() : Set.copyOf(duplicateIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public long groupId() {
        return duplicateOf != null ? duplicateOf : articleId;
    }
}
