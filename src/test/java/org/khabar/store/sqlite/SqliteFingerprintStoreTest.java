package org.khabar.store.sqlite;

import org.khabar.store.jdbc.JdbcFingerprintStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.FingerprintStore;
import org.khabar.store.FingerprintStoreContract;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint store contract on a real SQLite file, migrated by Flyway. */
class SqliteFingerprintStoreTest extends FingerprintStoreContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;

    @Override
    protected FingerprintStore openStore() {
        db = SqliteDatabase.open(dir);
        return new JdbcFingerprintStore(db);
    }

    @Override
    protected void closeStore() {
        db.close();
    }

    @Test
    void livesInTheDataFolder() {
        assertThat(Files.exists(dir.resolve("khabar.db"))).isTrue();
    }
}
