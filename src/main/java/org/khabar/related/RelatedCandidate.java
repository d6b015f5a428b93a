package org.khabar.related;

import org.khabar.core.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One candidate for a similar list, as retrieval found it.
 *
 * @param relevance   retrieval score (e.g. BM25 more-like-this), any positive scale
 * @param storyId     its story, or null when not clustered yet (then it counts as a story of its own)
 * @param duplicateOf its canonical article when it is a syndicated copy, else null
 * @param titleWords  its headline's words as {@code analyze.HeadlineWords} gives them (empty: not known)
 */
public record RelatedCandidate(long articleId, String sourceId, Instant published, Long storyId, Long duplicateOf,
                               double relevance, List<Tag> tags, Set<String> titleWords) {
    public RelatedCandidate {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sourceId = sourceId == null ? "" : sourceId;
        titleWords = titleWords == null ? Set.of() : Set.copyOf(titleWords);
    }

    /** A candidate whose headline words are not known. */
    public RelatedCandidate(long articleId, String sourceId, Instant published, Long storyId, Long duplicateOf,
                            double relevance, List<Tag> tags) {
        this(articleId, sourceId, published, storyId, duplicateOf, relevance, tags, Set.of());
    }

    /** The id of its duplicate group: the canonical article's id. */
    public long groupId() {
        return duplicateOf != null ? duplicateOf : articleId;
    }
}
