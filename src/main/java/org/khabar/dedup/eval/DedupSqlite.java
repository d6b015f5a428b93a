package org.khabar.dedup.eval;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;

/**
 * Opens a SQLite file for the dedup tables and applies the migrations (db/sqlite). Until the store helper's SQLite
 * database class is on main this is how the evaluation and the tests get a real SQLite file.
 */
public final class DedupSqlite {
    private DedupSqlite() {
    }

    public static HikariDataSource open(Path file, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        cfg.setMaximumPoolSize(poolSize);
        cfg.setPoolName("dedup-sqlite");
        cfg.addDataSourceProperty("journal_mode", "WAL");
        cfg.addDataSourceProperty("synchronous", "NORMAL");
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/sqlite").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }
}
