package org.khabar.store.sqlite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Source;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Units of work on a real SQLite file: what a batch commits, undoes and shows to readers. */
class SqliteDatabaseTest {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private SqliteArticleStore store;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir);
        store = new SqliteArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void addSource(String id) {
        store.upsertSource(new Source(id, id, null));
    }

    private boolean visibleToAnotherThread(String id) {
        return CompletableFuture.supplyAsync(() -> store.source(id).isPresent()).join();
    }

    @Test
    void aFailingNestedUnitUndoesOnlyItsOwnWrites() {
        db.atomically(() -> {
            addSource("kept-before");
            assertThatThrownBy(() -> db.atomically(() -> {
                addSource("undone");
                throw new IllegalStateException("bad article");
            })).hasMessage("bad article");
            addSource("kept-after");
        });
        assertThat(store.source("kept-before")).isPresent();
        assertThat(store.source("kept-after")).isPresent();
        assertThat(store.source("undone")).isEmpty();
    }

    @Test
    void aFailingOuterUnitUndoesEverything() {
        assertThatThrownBy(() -> db.atomically(() -> {
            db.atomically(() -> addSource("inner"));
            addSource("outer");
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(store.source("inner")).isEmpty();
        assertThat(store.source("outer")).isEmpty();
    }

    @Test
    void aBatchReadsItsOwnWritesWhileOtherReadersSeeThemOnlyAfterCommit() {
        db.atomically(() -> {
            addSource("pending");
            assertThat(store.source("pending")).as("the writing thread sees its own write").isPresent();
            assertThat(visibleToAnotherThread("pending")).as("a reader sees no uncommitted write").isFalse();
        });
        assertThat(visibleToAnotherThread("pending")).isTrue();
    }
}
