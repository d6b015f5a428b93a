package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Backends;
import org.khabar.app.BulkImport;
import org.khabar.app.IndexSync;
import org.khabar.app.Khabar;
import org.khabar.store.ArticleQuery;
import org.khabar.testing.FixtureCorpus;

/** {@code khabar backup} beside an open store (real SQLite files and Lucene index), and its copy as a data folder. */
class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheStoreIsOpenIsASnapshotThatServesAfterReindexing() throws Exception {
        FixtureCorpus.StoryCorpus corpus = FixtureCorpus.writeStories(dir.resolve("corpus.jsonl"), 7);
        List<String> lines = Files.readAllLines(corpus.file());
        Path first = Files.write(dir.resolve("first.jsonl"), lines.subList(0, 40));
        Path rest = Files.write(dir.resolve("rest.jsonl"), lines.subList(40, lines.size()));
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup");
        long stored;
        long canonical;
        List<String> firstTitles;
        try (Khabar live = Backends.openEmbedded(data)) { // the portal's process, holding the store open
            new BulkImport(live).run(List.of(first), Optional.empty(), l -> { }, n -> { });
            stored = live.store().countAll();
            canonical = live.store().list(ArticleQuery.latest(0, 0)).total();
            firstTitles = live.latest(0, 5).items().stream().map(t -> t.title()).toList();

            CliRun r = CliRun.of("backup", "--data", data.toString(), backup.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("backed up", backup.toString());

            new BulkImport(live).run(List.of(rest), Optional.empty(), l -> { }, n -> { });
            assertThat(live.store().countAll()).isGreaterThan(stored);
        }
        assertThat(Files.exists(backup.resolve("index"))).as("the index is derived: not copied").isFalse();
        try (Khabar copy = Backends.openEmbedded(backup)) {
            assertThat(copy.store().countAll()).as("the articles as they were at the backup").isEqualTo(stored);
            assertThat(copy.latest(0, 5).items()).extracting(t -> t.title()).isEqualTo(firstTitles);
            assertThat(new IndexSync(copy.store(), copy.index()).reconcile(n -> { })).isEqualTo(canonical);
            copy.commit();
            String word = firstTitles.get(0).split(" ")[0];
            assertThat(copy.search(word, 0, 10).total()).as("search works on the restored copy").isPositive();
            assertThat(copy.stories().storyOf(copy.latest(0, 1).items().get(0).id())).isPresent();
        }
    }

    @Test
    void refusesANonEmptyTargetAndAFolderWithoutAStore() throws Exception {
        Path data = dir.resolve("data");
        try (Khabar k = Backends.openEmbedded(data)) {
            k.commit();
        }
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("backup", "--data", data.toString(), full.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not empty");
        assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");

        CliRun none = CliRun.of("backup", "--data", dir.resolve("nothing").toString(), dir.resolve("b").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no khabar database");
        assertThat(Files.exists(dir.resolve("nothing"))).as("a mistyped folder is not created").isFalse();
    }
}
