package org.khabar.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small JDBC helpers shared by the store classes of both databases. */
public final class Sql {

    /** Keeps IN lists and batches to a size PostgreSQL plans quickly (its hard limit is 65535 parameters). */
    public static final int IN_CHUNK = 1000;

    private Sql() {
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                Object v = args[i];
                if (v == null) ps.setNull(i + 1, Types.BIGINT);
                else if (v instanceof Long l) ps.setLong(i + 1, l);
                else if (v instanceof Integer n) ps.setInt(i + 1, n);
                else if (v instanceof String s) ps.setString(i + 1, s);
                else if (v instanceof Boolean b) ps.setBoolean(i + 1, b);
                else if (v instanceof Double d) ps.setDouble(i + 1, d);
                else if (v instanceof Long[] arr) ps.setArray(i + 1, c.createArrayOf("bigint", arr));
                else throw new IllegalArgumentException("unsupported SQL argument " + v.getClass());
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** {@code n} comma-separated parameter marks, for an IN list. */
    public static String placeholders(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    public static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    public static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, t.toEpochMilli());
    }

    public static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, v);
    }

    public static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    public static Long nullableLong(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }
}
