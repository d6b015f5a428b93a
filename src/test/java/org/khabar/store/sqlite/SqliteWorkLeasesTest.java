package org.khabar.store.sqlite;

import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.WorkLeases;
import org.khabar.store.WorkLeasesContract;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The lease contract on SQLite; the "second worker" is a second database handle on the same file. */
class SqliteWorkLeasesTest extends WorkLeasesContract {
    @TempDir
    Path dir;
    private final List<SqliteDatabase> opened = new ArrayList<>();

    @Override
    protected WorkLeases open(boolean second) {
        SqliteDatabase db = SqliteDatabase.open(dir);
        opened.add(db);
        return new SqliteWorkLeases(db, Clock.systemUTC());
    }

    @Override
    protected void closeAll() {
        opened.forEach(SqliteDatabase::close);
    }
}
