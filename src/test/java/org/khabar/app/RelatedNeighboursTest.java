package org.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;
import org.khabar.testing.FixtureCorpus;

/**
 * A newly listed article marks stale only the neighbours whose lists were made before it could be found (real SQLite
 * file and Lucene index, the fixture corpus of known stories).
 */
class RelatedNeighboursTest {
    static final Instant T = Instant.parse("2024-04-01T00:00:00Z");

    /** The wall clock of the test, moved by hand. */
    static final class MovableClock extends Clock {
        volatile Instant now = T;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock();
    Khabar khabar;
    Path earlier;
    Path newest;

    @BeforeEach
    void open() throws Exception {
        FixtureCorpus.StoryCorpus corpus = FixtureCorpus.writeStories(dir.resolve("corpus.jsonl"), 7);
        List<String> lines = Files.readAllLines(corpus.file());
        earlier = Files.write(dir.resolve("earlier.jsonl"), lines.subList(0, lines.size() - 1));
        newest = Files.write(dir.resolve("newest.jsonl"), lines.subList(lines.size() - 1, lines.size()));
        khabar = Backends.openEmbedded(dir.resolve("data"), clock);
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    void importFile(Path file) {
        new BulkImport(khabar).run(List.of(file), Optional.empty(), line -> { }, n -> { });
        khabar.commit();
    }

    /** Runs the background refresher until nothing is stale or missing; returns how many lists it computed. */
    int refreshUntilQuiet() {
        int computed = 0;
        try (RelatedRefresher refresher = new RelatedRefresher(khabar, Duration.ofHours(1))) {
            for (int n; (n = refresher.runOnce()) > 0; ) computed += n;
        }
        return computed;
    }

    long canonicalArticles() {
        return khabar.store().list(org.khabar.store.ArticleQuery.latest(0, 0)).total();
    }

    @Test
    void fillingTheCacheAfterAnImportComputesEachListOnce() {
        importFile(earlier);
        clock.now = T.plus(Duration.ofHours(1));
        assertThat(refreshUntilQuiet()).isEqualTo(canonicalArticles());
        assertThat(khabar.relatedCache().staleOrMissing(10)).isEmpty();
    }

    @Test
    void aNewerArticlesListMarksTheListsMadeBeforeItArrived() {
        importFile(earlier);
        clock.now = T.plus(Duration.ofHours(1));
        refreshUntilQuiet();

        clock.now = T.plus(Duration.ofHours(2));
        importFile(newest);
        long newestId = khabar.store().batchAfter(0, 1_000_000).stream().mapToLong(a -> a.id()).max().orElseThrow();
        clock.now = T.plus(Duration.ofHours(2)).plusSeconds(30);
        Related fresh = khabar.relatedFor(newestId);
        Set<Long> neighbours = fresh.similar().stream().map(RelatedItem::articleId).collect(Collectors.toSet());
        if (fresh.readAlso() != null) neighbours.add(fresh.readAlso());
        assertThat(neighbours).isNotEmpty();
        assertThat(khabar.relatedCache().staleOrMissing(100)).containsExactlyInAnyOrderElementsOf(neighbours);

        // recomputed after the newest article was searchable: its next list marks nobody again
        clock.now = T.plus(Duration.ofHours(3));
        refreshUntilQuiet();
        khabar.refreshRelated(newestId, true);
        assertThat(khabar.relatedCache().staleOrMissing(100)).isEmpty();
    }
}
