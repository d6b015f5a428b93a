package org.khabar.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour every persistent {@link FingerprintStore} must have; one subclass per implementation. */
public abstract class FingerprintStoreContract {
    protected FingerprintStore store;

    /** A fresh, empty store. */
    protected abstract FingerprintStore openStore() throws Exception;

    /** Releases what {@link #openStore} opened. */
    protected abstract void closeStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        closeStore();
    }

    private List<Long> members(long group) {
        return store.<List<Long>>atomically(s -> s.members(group));
    }

    private java.util.OptionalLong canonical(long group) {
        return store.<java.util.OptionalLong>atomically(s -> s.canonical(group));
    }

    private java.util.OptionalLong groupOf(long id) {
        return store.<java.util.OptionalLong>atomically(s -> s.groupOf(id));
    }

    protected static StoredFingerprint fp(long id, String source, Instant published, String credited) {
        return new StoredFingerprint(id, source, published, credited, 42, new int[]{id == 1 ? -7 : 3, 5, 8, 13});
    }

    @Test
    void candidatesComeFromSharedBandKeysOnly() {
        store.put(fp(1, "was", Instant.parse("2015-08-01T10:00:00Z"), null), new long[]{100, 200});
        store.put(fp(2, "sabq", null, "was"), new long[]{200, 300});
        store.put(fp(3, "okaz", Instant.EPOCH, null), new long[]{400});
        assertThat(store.candidates(new long[]{200})).containsExactlyInAnyOrder(1L, 2L);
        assertThat(store.candidates(new long[]{300, 400})).containsExactlyInAnyOrder(2L, 3L);
        assertThat(store.candidates(new long[]{999})).isEmpty();
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void fingerprintsRoundTripIncludingNullsAndNegativeInts() {
        store.put(fp(1, "was", Instant.parse("2015-08-01T10:00:00Z"), null), new long[]{1});
        store.put(fp(2, "sabq", null, "was"), new long[]{2});
        java.util.Map<Long, StoredFingerprint> got = store.<java.util.Map<Long, StoredFingerprint>>atomically(s -> s.fingerprints(List.of(1L, 2L, 99L)));
        assertThat(got).containsOnlyKeys(1L, 2L);
        assertThat(got.get(1L).minhash()).containsExactly(-7, 5, 8, 13);
        assertThat(got.get(1L).published()).isEqualTo(Instant.parse("2015-08-01T10:00:00Z"));
        assertThat(got.get(1L).creditedSourceId()).isNull();
        assertThat(got.get(2L).published()).isNull();
        assertThat(got.get(2L).creditedSourceId()).isEqualTo("was");
        assertThat(got.get(2L).shingleCount()).isEqualTo(42);
    }

    @Test
    void storingAFingerprintAgainReplacesItAndAddsItsNewBands() {
        store.put(fp(1, "was", null, null), new long[]{10, 20});
        store.put(fp(1, "spa", null, null), new long[]{30});
        assertThat(store.candidates(new long[]{30})).containsExactly(1L);
        // the earlier keys may still name the article (see FingerprintSession#put), never another fingerprint
        assertThat(store.candidates(new long[]{10, 20})).isSubsetOf(1L);
        assertThat(store.<String>atomically(s -> s.fingerprints(List.of(1L)).get(1L).sourceId())).isEqualTo("spa");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void groupsSaveMoveAndDelete() {
        store.atomically(s -> {
            s.saveGroup(1, 1, List.of(1L, 2L));
            s.saveGroup(5, 5, List.of(5L, 6L));
            return null;
        });
        assertThat(members(1)).containsExactly(1L, 2L);
        // merge group 5 into group 1 with a new canonical 6
        store.atomically(s -> {
            s.deleteGroup(5);
            s.saveGroup(1, 6, List.of(1L, 2L, 5L, 6L));
            return null;
        });
        assertThat(members(1)).containsExactly(1L, 2L, 5L, 6L);
        assertThat(canonical(1).getAsLong()).isEqualTo(6);
        assertThat(groupOf(5).getAsLong()).isEqualTo(1);
        assertThat(canonical(5)).isEmpty();
        assertThat(groupOf(99)).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        assertThatThrownBy(() -> store.<Void>atomically(s -> {
            s.put(fp(7, "okaz", null, null), new long[]{70});
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(store.size()).isZero();
        assertThat(store.candidates(new long[]{70})).isEmpty();
    }

    @Test
    void aCanonicalCannotLeadTwoGroups() {
        store.atomically(s -> { s.saveGroup(1, 1, List.of(1L, 2L)); return null; });
        assertThatThrownBy(() -> store.<Void>atomically(s -> { s.saveGroup(3, 1, List.of(3L)); return null; }))
                .isInstanceOf(StoreException.class).hasMessageMatching("(?is).*unique.*");
        assertThat(canonical(3)).isEmpty();
        assertThat(Set.copyOf(members(1))).containsExactlyInAnyOrder(1L, 2L);
    }
}
