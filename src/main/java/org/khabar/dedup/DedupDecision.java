package org.khabar.dedup;

import org.khabar.store.ArticleStore;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of dedup for one incoming article.
 *
 * @param articleId   the incoming article
 * @param groupId     its duplicate group, or null when it is a copy of nothing
 * @param canonicalId the group's canonical member (possibly the incoming article itself), or null
 * @param members     every member of the group, ascending (empty when no group)
 * @param repoint     members whose {@code duplicateOf} must be (re)written: the incoming article, and all members
 *                    whose canonical changed because this article is earlier or because groups merged
 */
public record DedupDecision(long articleId, Long groupId, Long canonicalId, List<Long> members, List<Long> repoint) {

    public DedupDecision {
        members = List.copyOf(members);
        repoint = List.copyOf(repoint);
    }

    static DedupDecision unique(long articleId) {
        return new DedupDecision(articleId, null, null, List.of(), List.of());
    }

    /** The canonical id of the group the article joined, or empty when it is no copy. */
    public Optional<Long> joinedCanonical() {
        return Optional.ofNullable(canonicalId);
    }

    public boolean isDuplicate() {
        return canonicalId != null && canonicalId != articleId;
    }

    /** True when an earlier copy or a merge moved the group to a new canonical, so older members are re-pointed. */
    public boolean canonicalChanged() {
        return repoint.stream().anyMatch(id -> id != articleId);
    }

    /** Writes the decision into the system of record: each re-pointed member gets the canonical's id (or null). */
    public void applyTo(ArticleStore store) {
        for (long id : repoint) store.setDuplicateOf(id, id == canonicalId ? null : canonicalId);
    }
}
