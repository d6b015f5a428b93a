package org.khabar.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepared statements for one unit of work. Callers never close a statement they get here: closing the unit
 * releases them, or keeps them for the next unit where the database can reuse them (SQLite's single writer, where
 * parsing SQL costs about as much as running a small insert).
 */
public interface UnitStatements extends AutoCloseable {

    PreparedStatement prepare(String sql) throws SQLException;

    @Override
    void close();

    /** Statements prepared on {@code c} and closed with the unit. */
    static UnitStatements closedAtEnd(Connection c) {
        return new UnitStatements() {
            private final List<PreparedStatement> opened = new ArrayList<>();

            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                PreparedStatement ps = c.prepareStatement(sql);
                opened.add(ps);
                return ps;
            }

            @Override
            public void close() {
                for (PreparedStatement ps : opened) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // the connection releases it anyway
                    }
                }
                opened.clear();
            }
        };
    }
}
