package org.khabar.dedup;

import org.khabar.store.StoredFingerprint;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which member of a duplicate group is its canonical article: the earliest published; at equal instants the one
 * from the outlet that the group's texts name as the source ("(واس)" → the agency's own copy); then the lowest id,
 * so the choice is deterministic. An unknown publication time ranks after every known one.
 */
public final class CanonicalRule {
    private CanonicalRule() {
    }

    public static long choose(Collection<StoredFingerprint> members) {
        if (members.isEmpty()) throw new IllegalArgumentException("a group has at least one member");
        Set<String> credited = new HashSet<>();
        for (StoredFingerprint m : members) if (m.creditedSourceId() != null) credited.add(m.creditedSourceId());
        Comparator<StoredFingerprint> order = Comparator
                .comparing(StoredFingerprint::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(m -> credited.contains(m.sourceId()) ? 0 : 1)
                .thenComparingLong(StoredFingerprint::articleId);
        return Objects.requireNonNull(members.stream().min(order).orElseThrow()).articleId();
    }
}
