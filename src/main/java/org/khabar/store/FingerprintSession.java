package org.khabar.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Operations on the dedup tables inside one {@link FingerprintStore#atomically} unit. Duplicate groups are kept
 * here, beside the LSH buckets, so that "find candidates, decide, join a group" is one serialised step.
 * A group has a stable id (the id of the article it was founded around) and exactly one canonical member.
 */
public interface FingerprintSession {

    /** Ids of stored articles sharing at least one band key with {@code bandKeys}. */
    Set<Long> candidates(long[] bandKeys);

    /** Stored fingerprints of {@code ids}; unknown ids are absent from the map. */
    Map<Long, StoredFingerprint> fingerprints(Collection<Long> ids);

    /**
     * Stores an article's fingerprint and adds its band keys. An article is fingerprinted once, at ingest: storing
     * it again replaces the fingerprint but may leave its earlier band keys behind, which is harmless (a stale key
     * yields a candidate that the copy rule checks against the stored fingerprint) and spares the store an index of
     * band rows by article.
     */
    void put(StoredFingerprint fingerprint, long[] bandKeys);

    /** The group an article belongs to; empty for an article that has no copy. */
    OptionalLong groupOf(long articleId);

    /** Article ids of a group, ascending. */
    List<Long> members(long groupId);

    OptionalLong canonical(long groupId);

    /**
     * Creates or updates group {@code groupId}: sets its canonical and makes every id in {@code members} a
     * member, moving it out of any other group. When groups merge, delete the absorbed ones first
     * ({@link #deleteGroup}): a canonical id is unique across groups.
     */
    void saveGroup(long groupId, long canonicalId, Collection<Long> members);

    /** Removes a group and its memberships (before its members are saved into the group absorbing it). */
    void deleteGroup(long groupId);
}
