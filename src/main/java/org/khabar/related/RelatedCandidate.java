package org.khabar.related;

import org.khabar.core.Tag;

import java.time.Instant;
import java.util.List;

/**
 * One candidate for a similar list, as retrieval found it.
 *
 * @param relevance   retrieval score (e.g. BM25 more-like-this), any positive scale
 * @param storyId     its story, or null when not clustered yet (then it counts as a story of its own)
 * @param duplicateOf its canonical article when it is a syndicated copy, else null
 */
public record RelatedCandidate(long articleId, String sourceId, Instant published, Long storyId, Long duplicateOf,
                               double relevance, List<Tag> tags) {
    public RelatedCandidate {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sourceId = sourceId == null ? "" : sourceId;
    }

    /** The id of its duplicate group: the canonical article's id. */
    public long groupId() {
        return duplicateOf != null ? duplicateOf : articleId;
    }
}
