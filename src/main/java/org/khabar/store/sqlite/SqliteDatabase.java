package org.khabar.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.khabar.store.StoreException;
import org.khabar.store.jdbc.JdbcDatabase;
import org.khabar.store.jdbc.Sql;
import org.khabar.store.jdbc.SqlWork;
import org.khabar.store.jdbc.UnitStatements;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The embedded database file {@code <dataDir>/khabar.db} (or another file, such as the crawler's
 * {@code feed-state.db}), shared by the store classes on it: the SQLite ones and the {@code store.jdbc} ones.
 *
 * <p>SQLite allows one writer at a time per file, so all writes of this process go through a single connection
 * behind a lock (no SQLITE_BUSY between our own threads), while reads use a small pool of separate connections
 * that WAL lets run concurrently with the writer. Other processes on the same file are serialised by SQLite's
 * file locks: the writer begins transactions IMMEDIATE (taking the write lock up front, so a lock upgrade can
 * never fail half-way) and waits up to {@code busy_timeout} for it.
 */
public final class SqliteDatabase implements JdbcDatabase {

    public static final String FILE_NAME = "khabar.db";
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final int READ_POOL_SIZE = 4;
    /** Ids per IN list: SQLite's default limit on bound parameters is 32766; keep well below. */
    static final int IN_CHUNK = 500;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final HikariDataSource readers;
    /**
     * Prepared statements of the writer connection, reused across transactions and closed with the database;
     * guarded by {@link #writeLock}.
     */
    private final UnitStatements writerStatements;
    /** A transaction is open on the writer; guarded by {@link #writeLock}. */
    private boolean inTransaction;
    private volatile boolean closed;

    private SqliteDatabase(Path file, Connection writer, HikariDataSource readers) {
        this.file = file;
        this.writer = writer;
        this.readers = readers;
        this.writerStatements = UnitStatements.closedAtEnd(writer);
    }

    /** Opens (creating if needed) {@code <dataDir>/khabar.db} and brings its schema up to date. */
    public static SqliteDatabase open(Path dataDir) {
        return openFile(dataDir.resolve(FILE_NAME));
    }

    /** Opens (creating if needed) the database file {@code path} and brings its schema up to date. */
    public static SqliteDatabase openFile(Path path) {
        Path file = path.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + file.getParent(), e);
        }
        String url = "jdbc:sqlite:" + file;
        migrate(dataSource(url));
        Connection writer = null;
        try {
            // Autocommit stays on and transactions are begun by hand: with autocommit off, sqlite-jdbc begins the
            // next transaction right after each commit, which in IMMEDIATE mode would hold the file's write lock
            // forever and lock every other process out.
            writer = dataSource(url).getConnection();
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(dataSource(url));
            pool.setMaximumPoolSize(READ_POOL_SIZE);
            pool.setMinimumIdle(1);
            pool.setPoolName("sqlite-read-" + file.getFileName());
            return new SqliteDatabase(file, writer, new HikariDataSource(pool));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer);
            throw new StoreException("cannot open " + file, e);
        }
    }

    private static SQLiteDataSource dataSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode: a commit survives a process crash; only an OS crash/power loss may lose the
        // last transactions (never corrupts the file). Full fsync per commit would cap inserts at disk speed.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Inserts land at random places of big B-trees (corpus statistics keyed by hash, LSH band keys): a page cache
        // that holds their upper levels (64 MiB per connection, allocated only as used) saves most page reads.
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Ids come back through RETURNING. Left on, the driver prepares and runs "SELECT last_insert_rowid()" after
        // every INSERT it executes, which is most of what a fingerprint's insert cost (JFR native samples).
        config.setGetGeneratedKeys(false);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static void migrate(SQLiteDataSource ds) {
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/sqlite")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate " + ds.getUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Pooled connections to the same file, for stores that run their own transactions (fingerprints, stories).
     * SQLite serialises their writes with the main writer through its file lock and busy timeout.
     */
    public javax.sql.DataSource dataSource() {
        return readers;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction: committed if it returns, rolled back if it throws.
     * Nested calls from the same thread join the outer transaction.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return inTransaction ? work.run(writer) : transaction(work);
        } catch (SQLException e) {
            throw new StoreException("write failed on " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** BEGIN … COMMIT around {@code work}; the caller holds {@link #writeLock} and no transaction is open. */
    private <T> T transaction(SqlWork<T> work) throws SQLException {
        execute("BEGIN IMMEDIATE");
        inTransaction = true;
        try {
            T result = work.run(writer);
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    /** Every write is serialised already: one writer connection here, BEGIN IMMEDIATE across processes. */
    @Override
    public <T> T serialisedWrite(SqlWork<T> work) {
        return write(work);
    }

    /**
     * One unit of work across every store on this database. Outermost: one transaction. Nested: a savepoint, so a
     * failing unit undoes only its own writes and the enclosing batch can go on.
     */
    @Override
    public <T> T atomically(Supplier<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            if (!inTransaction) return transaction(c -> work.get());
            execute("SAVEPOINT unit");
            try {
                T result = work.get();
                execute("RELEASE unit");
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    execute("ROLLBACK TO unit");
                    execute("RELEASE unit");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("savepoint failed on " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A prepared statement on the writer connection, kept for reuse (parsing SQL costs about as much as running a
     * small insert). Only valid inside {@link #write}; callers must not close it.
     */
    public PreparedStatement writeStatement(String sql) throws SQLException {
        if (!writeLock.isHeldByCurrentThread()) throw new IllegalStateException("writeStatement outside write()");
        return writerStatements.prepare(sql);
    }

    /** On the writer, the cached statements of {@link #writeStatement}; elsewhere statements closed with the unit. */
    @Override
    public UnitStatements statements(Connection c) {
        if (c != writer || !writeLock.isHeldByCurrentThread()) return UnitStatements.closedAtEnd(c);
        return new UnitStatements() {
            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                return writeStatement(sql);
            }

            @Override
            public void close() {
                // kept on the writer for the next unit
            }
        };
    }

    /**
     * Runs read-only {@code work} on a pooled connection, in autocommit mode. A thread inside {@link #write} reads on
     * the writer instead, so it sees its own uncommitted writes (a batch must find the articles it stored earlier).
     */
    @Override
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        if (writeLock.isHeldByCurrentThread()) return write(work);
        try (Connection c = readers.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("read failed on " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} in one read transaction, so every statement sees the same snapshot. */
    @Override
    public <T> T readSnapshot(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) return write(work);
        return read(c -> {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** IN lists of at most {@link #IN_CHUNK} ids: SQLite has no array parameters. */
    @Override
    public void forIds(List<Long> ids, IdQuery part) throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            part.run("IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    if (!out.isEmpty()) out.append('\n');
                    out.append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("database is closed: " + file);
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) return;
            closed = true;
            readers.close();
            writerStatements.close();
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }
}
