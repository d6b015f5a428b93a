package org.khabar.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.khabar.store.StoreException;
import org.khabar.store.jdbc.JdbcDatabase;
import org.khabar.store.jdbc.SqlWork;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pooled connection to the khabar schema on PostgreSQL, shared by the PostgreSQL and {@code store.jdbc} store
 * classes.
 * The schema is brought up to date with Flyway ({@code db/postgresql}, same version numbers as {@code db/sqlite});
 * Flyway takes a PostgreSQL advisory lock, so several processes starting at once migrate only once.
 *
 * <p>{@link #atomically} is one unit of work across every PostgreSQL store of this process: the thread's store
 * calls join its transaction (a nested unit is a savepoint). The outermost unit also takes a transaction-scoped
 * advisory lock ({@link #INGEST_LOCK}), so dedup's lookup-decide-join and story assignment run one worker at a
 * time across every process on the database: two workers ingesting copies of one wire story at once cannot found
 * two groups or two stories. Reads outside a unit never wait for it (MVCC).
 */
public final class PostgresDatabase implements JdbcDatabase {

    /** Key of the advisory lock that serialises ingest units across workers (an arbitrary constant: "khabar"). */
    public static final long INGEST_LOCK = 0x6b68616261720001L;

    private final HikariDataSource pool;
    private final String url;
    /** The connection of the unit this thread is in, if any; store calls made inside it join it. */
    private final ThreadLocal<Connection> unit = new ThreadLocal<>();
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

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

    /**
     * One unit across the stores: outermost, a transaction holding {@link #INGEST_LOCK}; nested, a savepoint, so a
     * failing inner unit undoes only its own writes.
     */
    @Override
    public <T> T atomically(Supplier<T> work) {
        Connection current = unit.get();
        if (current != null) return nested(current, work);
        return inNewTransaction("unit", c -> {
            unit.set(c);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(" + INGEST_LOCK + ")");
                }
                return work.get();
            } finally {
                unit.remove();
                depth.remove();
            }
        });
    }

    private <T> T nested(Connection c, Supplier<T> work) {
        int level = depth.get() + 1;
        String name = "unit" + level;
        depth.set(level);
        try (Statement st = c.createStatement()) {
            st.execute("SAVEPOINT " + name);
            try {
                T result = work.get();
                st.execute("RELEASE SAVEPOINT " + name);
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    st.execute("ROLLBACK TO SAVEPOINT " + name);
                    st.execute("RELEASE SAVEPOINT " + name);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL savepoint failed on " + url + ": " + e.getMessage(), e);
        } finally {
            depth.set(level - 1);
        }
    }

    /** True while this thread is inside {@link #atomically}. */
    public boolean inUnit() {
        return unit.get() != null;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Inside a unit of
     * {@link #atomically} it joins that unit's transaction (committed or undone with it).
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        Connection current = unit.get();
        return current != null ? runOn(current, "write", work) : inNewTransaction("write", work);
    }

    /** A write inside a unit (its own, or a savepoint of the caller's), so it holds {@link #INGEST_LOCK}. */
    @Override
    public <T> T serialisedWrite(SqlWork<T> work) {
        return atomically(() -> write(work));
    }

    /** Runs read-only {@code work} on one connection in autocommit mode (the unit's, inside one: it sees its writes). */
    @Override
    public <T> T read(SqlWork<T> work) {
        Connection current = unit.get();
        if (current != null) return runOn(current, "read", work);
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Runs {@code work} on a pooled connection in a transaction of its own: committed if it returns, else undone. */
    private <T> T inNewTransaction(String what, SqlWork<T> work) {
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
            throw failure(what, e);
        }
    }

    private <T> T runOn(Connection c, String what, SqlWork<T> work) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("PostgreSQL " + what + " failed on " + url + ": " + e.getMessage(), e);
    }

    /** Runs {@code work} in one REPEATABLE READ read-only transaction: a consistent snapshot (count + page). */
    @Override
    public <T> T readSnapshot(SqlWork<T> work) {
        if (unit.get() != null) return read(work);
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
            throw failure("read", e);
        }
    }

    /** One array parameter instead of N placeholders: any number of ids in one statement. */
    @Override
    public void forIds(List<Long> ids, IdQuery part) throws SQLException {
        if (!ids.isEmpty()) part.run("= ANY (?)", new Object[] {ids.toArray(new Long[0])});
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
