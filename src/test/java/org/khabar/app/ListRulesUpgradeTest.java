package org.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.related.ListRules;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

/** After an upgrade that changes the list rules, every cached list is recomputed (real SQLite file and Lucene index). */
class ListRulesUpgradeTest {
    /** A list no current rule would make: it names an article that does not exist. */
    static final Related OLD_LIST = new Related(null, List.of(new RelatedItem(999_999, 1.0, List.of("قديم"))),
            Instant.parse("2020-01-01T00:00:00Z"), false);

    @TempDir
    Path dir;
    Khabar khabar;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        ids.addAll(RetaggerTest.threeNatoArticles(khabar, List.of()));
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    @Test
    void listsCachedUnderEarlierRulesAreMarkedAtStartAndRecomputedInTheBackground() {
        khabar.relatedCache().adoptRules(ListRules.version() + 2); // the build that made them
        ids.forEach(id -> khabar.relatedCache().putRelated(id, OLD_LIST));
        assertThat(khabar.relatedCache().staleOrMissing(10)).isEmpty();

        assertThat(khabar.adoptListRules()).isEqualTo(3);
        assertThat(khabar.relatedFor(ids.get(0))).as("pages show the old list until it is recomputed")
                .isEqualTo(new Related(OLD_LIST.readAlso(), OLD_LIST.similar(), OLD_LIST.computedAt(), true));

        try (RelatedRefresher refresher = new RelatedRefresher(khabar, Duration.ofHours(1))) {
            assertThat(refresher.runOnce()).isEqualTo(3);
        }
        for (long id : ids) {
            Related now = khabar.relatedFor(id);
            assertThat(now.stale()).isFalse();
            assertThat(now.similar()).extracting(RelatedItem::articleId).doesNotContain(999_999L).doesNotContain(id);
        }
        assertThat(khabar.adoptListRules()).as("a second start with the same rules redoes nothing").isZero();
        assertThat(khabar.relatedCache().staleOrMissing(10)).isEmpty();
    }

    @Test
    void aNewStoreHasNothingToRedo() {
        assertThat(khabar.adoptListRules()).isZero();
        assertThat(khabar.relatedCache().staleOrMissing(10)).containsExactlyInAnyOrderElementsOf(ids); // never computed
    }
}
