package org.khabar.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Precomputed similar-article lists, so a page view never runs the similarity query.
 * A list is marked stale when a newer related article arrives and is recomputed in the background.
 */
public interface RelatedCache {

    /** A cached list: {@code readAlso} may be null; {@code similar} holds article ids, best first. */
    record Related(Long readAlso, List<RelatedItem> similar, Instant computedAt, boolean stale) {
        public Related {
            similar = List.copyOf(similar);
        }
    }

    /** One similar article and the shared tag labels that made it similar. */
    record RelatedItem(long articleId, double score, List<String> sharedTags) {
        public RelatedItem {
            sharedTags = List.copyOf(sharedTags);
        }
    }

    Optional<Related> related(long articleId);

    void putRelated(long articleId, Related related);

    /** Marks the lists of the given articles stale; unknown ids are ignored. */
    void markStale(Collection<Long> articleIds);

    /**
     * Marks stale every list made under other list rules than {@code rulesVersion} (an upgrade changed how lists are
     * made) and records that version; lists cached before any version was recorded count as made under other rules.
     * Returns how many lists it marked: 0 when the recorded version is already this one.
     */
    int adoptRules(long rulesVersion);

    /** Up to {@code limit} article ids whose list is stale or missing, oldest request first. */
    List<Long> staleOrMissing(int limit);
}
