package org.khabar.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements for one unit of work. Callers never close a statement they get here: closing the unit
 * releases them, or keeps them for the next unit where the database can reuse them (SQLite's single writer, where
 * parsing SQL costs about as much as running a small insert).
 */
public interface UnitStatements extends AutoCloseable {

    PreparedStatement prepare(String sql) throws SQLException;

    @Override
    void close();

    /**
     * Statements prepared on {@code c}, one per SQL text (a batch of inserts runs the same few statements for every
     * article), and closed with the unit.
     */
    static UnitStatements closedAtEnd(Connection c) {
        return new UnitStatements() {
            private final Map<String, PreparedStatement> opened = new HashMap<>();

            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                PreparedStatement ps = opened.get(sql);
                if (ps == null) {
                    ps = c.prepareStatement(sql);
                    opened.put(sql, ps);
                }
                return ps;
            }

            @Override
            public void close() {
                for (PreparedStatement ps : opened.values()) {
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
