package org.khabar.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.store.RelatedCache.RelatedItem;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Takedowns on the embedded default (real SQLite file and Lucene index), through the ingest path. */
class TakedownsTest {
    @TempDir
    Path dir;
    Khabar khabar;
    Takedowns takedowns;
    List<Long> ids;

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        takedowns = new Takedowns(khabar);
        ids = NatoReports.ingest(khabar);
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    private List<Long> latest() {
        return khabar.latest(0, 10).items().stream().map(t -> t.id()).toList();
    }

    private List<Long> found(String query) {
        return khabar.search(query, 0, 10).items().stream().map(f -> f.teaser().id()).toList();
    }

    @Test
    void aWithdrawnArticleLeavesEveryPageListAndSearchButItsUrlIsNotStoredAgain() {
        long gone = ids.get(0);
        assertThat(latest()).contains(gone);
        assertThat(found("الذخائر")).containsExactly(gone);

        assertThat(takedowns.withdraw(gone, "حكم قضائي")).map(w -> w.reason()).contains("حكم قضائي");

        assertThat(khabar.article(gone)).isEmpty();
        assertThat(latest()).doesNotContain(gone).hasSize(2);
        assertThat(khabar.byTag("كييف", 0, 10).items()).extracting(t -> t.id()).doesNotContain(gone);
        assertThat(found("الذخائر")).isEmpty();
        for (long other : ids.subList(1, 3)) {
            List<Long> similar = khabar.refreshRelated(other, false).similar().stream().map(RelatedItem::articleId).toList();
            assertThat(similar).doesNotContain(gone);
            assertThat(khabar.article(other).orElseThrow().similar()).extracting(s -> s.teaser().id()).doesNotContain(gone);
        }
        // the same URL again is a known one, not a new article; a rebuilt index stays without it
        NatoReports.ingest(khabar, 0, "الناتو وكييف والأسلحة 0", NatoReports.BODIES[0]);
        assertThat(khabar.store().countAll()).isEqualTo(3);
        new IndexSync(khabar.store(), khabar.index()).rebuild(n -> { });
        assertThat(found("الذخائر")).isEmpty();
        assertThat(khabar.index().count()).isEqualTo(2);
        assertThat(takedowns.withdrawn(0, 10)).extracting(w -> w.articleId()).containsExactly(gone);
    }

    @Test
    void aStoryCountsOnlyTheReportsReadersCanSee() {
        StoryRef before = khabar.article(ids.get(1)).orElseThrow().story();
        assertThat(before).as("the three reports are one story").isNotNull();
        assertThat(before.articleCount()).isEqualTo(3);
        List<Long> withdrawn = ids.stream().filter(id -> id != ids.get(1)).toList();
        withdrawn.forEach(id -> takedowns.withdraw(id, null));

        assertThat(khabar.article(ids.get(1)).orElseThrow().story().articleCount()).isEqualTo(1);
        assertThat(khabar.story(before.id()).orElseThrow().outlets()).flatExtracting(o -> o.reports()).hasSize(1);
        takedowns.restore(withdrawn.get(0));
        assertThat(khabar.article(ids.get(1)).orElseThrow().story().articleCount()).isEqualTo(2);
    }

    @Test
    void aRestoredArticleIsShownAndFoundAgain() {
        long id = ids.get(0);
        takedowns.withdraw(id, null);
        assertThat(khabar.relatedCache().staleOrMissing(10)).as("no list is made for it").doesNotContain(id);
        assertThat(takedowns.restore(id)).isTrue();
        assertThat(takedowns.restore(id)).isFalse();
        assertThat(khabar.relatedCache().staleOrMissing(10)).as("its list is to be made").contains(id);

        assertThat(khabar.article(id)).isPresent();
        assertThat(latest()).contains(id);
        assertThat(found("الذخائر")).containsExactly(id);
    }

    @Test
    void aCopyGoesWithItsWithdrawnOriginalButAWithdrawnCopyLeavesOnlyItself() {
        khabar.store().upsertSource(new Source("cnn", "سي إن إن بالعربية", null));
        Article copy = Article.draft("https://cnn.example/copy", "cnn", null, "كييف تتسلم الأسلحة",
                Instant.parse("2018-02-18T07:00:00Z"), null, null, NatoReports.BODIES[0], null);
        khabar.ingestor().ingest(copy);
        khabar.commit();
        long copyId = khabar.store().byUrl("https://cnn.example/copy").orElseThrow().id();
        long original = ids.get(0);
        assertThat(khabar.store().get(copyId).orElseThrow().duplicateOf()).as("dedup found the copy").isEqualTo(original);
        assertThat(khabar.article(original).orElseThrow().alsoPublishedBy()).extracting(t -> t.id()).containsExactly(copyId);

        takedowns.withdraw(copyId, null);
        assertThat(khabar.article(original).orElseThrow().alsoPublishedBy()).isEmpty();
        assertThat(khabar.article(copyId)).isEmpty();

        takedowns.restore(copyId);
        takedowns.withdraw(original, null);
        assertThat(khabar.article(copyId)).isEmpty();
        assertThat(takedowns.withdraw(999_999, null)).isEmpty();
    }
}
