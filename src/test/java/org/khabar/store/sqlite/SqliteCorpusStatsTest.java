package org.khabar.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite-specific machinery of the corpus stats: automatic background flushes, the bounded cache, hashing. */
class SqliteCorpusStatsTest {

    private static final long PINNED = 1636591842710947473L;

    @TempDir
    Path dir;

    @Test
    void automaticFlushesWriteEverythingExactlyOnce() {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            // tiny thresholds: dozens of background flushes, and a cache that keeps being emptied
            SqliteCorpusStats stats = new SqliteCorpusStats(db, 7, 50, 20);
            for (int d = 0; d < 300; d++) {
                List<String> keys = new ArrayList<>();
                keys.add("common");
                keys.add("mod" + (d % 10));
                keys.add("unique" + d);
                stats.addDocument(keys);
                if (d % 13 == 0) {
                    assertThat(stats.documentFrequencies(List.of("common"))).containsEntry("common", d + 1L);
                }
            }
            assertThat(stats.documentCount()).isEqualTo(300);
            stats.flush();
            SqliteCorpusStats fresh = new SqliteCorpusStats(db);
            assertThat(fresh.documentCount()).isEqualTo(300);
            assertThat(fresh.documentFrequencies(List.of("common", "mod3", "unique299", "unique0", "never")))
                    .isEqualTo(Map.of("common", 300L, "mod3", 30L, "unique299", 1L, "unique0", 1L, "never", 0L));
        }
    }

    /** The tagger keeps what it read between two articles of an import: SQLite must list its own documents. */
    @Test
    void listsItsOwnDocumentsUntilAnotherProcessCountsSome() {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteCorpusStats stats = new SqliteCorpusStats(db, 3, 1_000, 1_000); // flushes in the background on the way
            stats.addDocument(List.of("a"));
            long at = stats.documentCount();
            for (int d = 0; d < 5; d++) stats.addDocument(List.of("a", "k" + d));
            assertThat(stats.documentsSince(at)).get().asList().hasSize(5).last().isEqualTo(List.of("a", "k4"));
            stats.flush();
            assertThat(stats.documentsSince(at)).as("our own flush changes no count").get().asList().hasSize(5);
            SqliteCorpusStats otherProcess = new SqliteCorpusStats(db);
            otherProcess.addDocument(List.of("a"));
            otherProcess.flush();
            stats.addDocument(List.of("b"));
            stats.flush();
            assertThat(stats.documentCount()).isEqualTo(8);
            assertThat(stats.documentsSince(at)).as("the other process's document is not ours to list").isEmpty();
        }
    }

    @Test
    void keyHashIsStableAndSpreadsSimilarKeys() {
        // stored hashes must never change between versions: pinned values
        assertThat(SqliteCorpusStats.KeyHash.of("نفط")).isEqualTo(PINNED);
        assertThat(SqliteCorpusStats.KeyHash.of("أوكرانيا")).isNotEqualTo(SqliteCorpusStats.KeyHash.of("اوكرانيا"));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) seen.add(SqliteCorpusStats.KeyHash.of("مفتاح " + i));
        assertThat(seen).hasSize(200_000);
    }

    @Test
    void bloomFilterHasNoFalseNegativesAndFewFalsePositives() {
        SqliteCorpusStats.Bloom bloom = new SqliteCorpusStats.Bloom(100_000);
        for (int i = 0; i < 100_000; i++) bloom.add(SqliteCorpusStats.KeyHash.of("in" + i));
        for (int i = 0; i < 100_000; i++) assertThat(bloom.mightContain(SqliteCorpusStats.KeyHash.of("in" + i))).isTrue();
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) if (bloom.mightContain(SqliteCorpusStats.KeyHash.of("out" + i))) falsePositives++;
        assertThat(falsePositives).isLessThan(2_000); // 1% expected at capacity
    }
}
