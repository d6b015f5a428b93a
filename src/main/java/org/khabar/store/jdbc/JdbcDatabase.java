package org.khabar.store.jdbc;

import org.khabar.store.Transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the JDBC stores need from a database (SQLite or PostgreSQL): how it runs reads and writes, and how a unit of
 * {@link #atomically} spans several stores. Each implementation keeps its own locking; the stores keep the SQL.
 */
public interface JdbcDatabase extends Transactions, AutoCloseable {

    /**
     * Runs {@code work} in one write transaction: committed if it returns, rolled back if it throws. Inside a unit
     * of {@link #atomically} (or another write of this thread) it joins that transaction.
     */
    <T> T write(SqlWork<T> work);

    /**
     * A {@link #write} that also runs alone among the serialised writes of every thread and process on the database,
     * for a lookup-decide-write step that must not interleave with another one (dedup joining a group).
     */
    <T> T serialisedWrite(SqlWork<T> work);

    /** Runs read-only {@code work}; inside this thread's write transaction it sees that transaction's writes. */
    <T> T read(SqlWork<T> work);

    /** Runs read-only {@code work} so that every statement sees the same snapshot (a count and its page). */
    <T> T readSnapshot(SqlWork<T> work);

    /** Prepared statements for a unit of work on {@code c} (a connection this database handed to the work). */
    default UnitStatements statements(Connection c) {
        return UnitStatements.closedAtEnd(c);
    }

    /**
     * Runs {@code part} over all of {@code ids} in as few statements as this database takes: each call gets the SQL
     * that completes "column ..." to match a share of the ids, and the arguments that bind it. The dialects differ
     * here: SQLite has no arrays and a limit on bound parameters, PostgreSQL takes any number of ids as one array.
     */
    void forIds(List<Long> ids, IdQuery part) throws SQLException;

    /** One statement of {@link #forIds}: {@code match} such as {@code IN (?,?)} or {@code = ANY (?)}. */
    @FunctionalInterface
    interface IdQuery {
        void run(String match, Object[] args) throws SQLException;
    }

    @Override
    void close();
}
