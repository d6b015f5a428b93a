package org.khabar.store.sqlite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.EditorialTags;
import org.khabar.store.EditorialTagsContract;
import org.khabar.store.jdbc.JdbcEditorialTags;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The editorial tags contract on a real SQLite file, schema applied by Flyway from db/sqlite. */
class SqliteEditorialTagsTest extends EditorialTagsContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;

    @Override
    protected EditorialTags tags() {
        db = SqliteDatabase.open(dir);
        return new JdbcEditorialTags(db);
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    @Test
    void decisionsSurviveReopeningTheDatabase() {
        tags().block("موقع", "الموقع", Instant.EPOCH);
        db.close();
        assertThat(tags().blocked()).hasSize(1);
    }
}
