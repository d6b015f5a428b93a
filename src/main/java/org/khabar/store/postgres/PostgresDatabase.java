package org.khabar.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.khabar.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A pooled connection to the khabar schema on PostgreSQL, shared by the PostgreSQL store classes.
 * The schema is brought up to date with Flyway ({@code db/postgresql}, same version numbers as {@code db/sqlite});
 * Flyway takes a PostgreSQL advisory lock, so several processes starting at once migrate only once.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** A unit of JDBC work; checked SQL errors become {@link StoreException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final String url;

    private PostgresDatabase(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    public static PostgresDatabase open(PostgresConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        if (config.user() != null) hc.setUsername(config.user());
        if (config.password() != null) hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(1);
        hc.setPoolName("khabar-pg");
        // Fail fast with a clear error when the server is not there, instead of hanging a worker.
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(10_000);
        hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        hc.addDataSourceProperty("ApplicationName", "khabar");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + config.jdbcUrl() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/postgresql").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot migrate " + config.jdbcUrl() + ": " + rootMessage(e), e);
        }
        return new PostgresDatabase(ds, config.jdbcUrl());
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T transaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL write failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} on one connection in autocommit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL read failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one REPEATABLE READ read-only transaction: a consistent snapshot (count + page). */
    public <T> T readSnapshot(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL read failed on " + url + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
