package org.khabar.store.migrate;

import org.khabar.cli.Progress;
import org.khabar.store.jdbc.CorpusCounters;
import org.khabar.store.postgres.PostgresDatabase;
import org.khabar.store.sqlite.SqliteDatabase;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a SQLite store into PostgreSQL table by table, keeping every id (so duplicate groups, stories and related
 * lists stay valid). Both sides run the same migration versions, so the tables match column for column.
 *
 * <p><b>Resumable.</b> Each table is copied in key order, in batches committed one by one; a rerun starts at the
 * largest key already in the target ({@code >=}, with {@code ON CONFLICT DO NOTHING}), so an interrupted copy
 * continues where it stopped and never duplicates a row. Self-references (an article's {@code duplicate_of}, a
 * story's {@code merged_into}) are written in a second pass, so their order in the source never matters.
 * <b>Verified.</b> At the end the row count of every table must be equal on both sides.
 */
public final class StoreMigration {

    /** A table, its ordering key (first primary-key column) and a self-referencing column to patch later. */
    record Table(String name, List<String> key, String selfRef) {
    }

    static final List<Table> TABLES = List.of(
            new Table("sources", List.of("id"), null),
            new Table("articles", List.of("id"), "duplicate_of"),
            new Table("article_tags", List.of("article_id", "rank"), null),
            new Table("corpus_df", List.of("key_hash"), null),
            new Table("related", List.of("article_id"), null),
            new Table("related_rules", List.of("id"), null),
            new Table("dedup_fingerprint", List.of("article_id"), null),
            new Table("dedup_band", List.of("band_key", "article_id"), null),
            new Table("dedup_group", List.of("group_id"), null),
            new Table("dedup_member", List.of("article_id"), null),
            new Table("story", List.of("id"), "merged_into"),
            new Table("story_member", List.of("article_id"), null),
            new Table("feed_state", List.of("feed_url"), null),
            new Table("feed_seen_item", List.of("feed_url", "item_id"), null),
            new Table("tag_block", List.of("tag_key"), null),
            new Table("tag_edit", List.of("article_id", "tag_key"), null),
            new Table("tag_merge", List.of("tag_key"), null));

    /** Identity columns whose sequence must move past the copied ids. */
    private static final Map<String, String> IDENTITIES = Map.of("articles", "id", "dedup_group", "group_id",
            "story", "id");

    static final int BATCH = 1_000;

    private final SqliteDatabase from;
    private final PostgresDatabase to;
    private final PrintStream out;

    public StoreMigration(SqliteDatabase from, PostgresDatabase to, PrintStream out) {
        this.from = from;
        this.to = to;
        this.out = out;
    }

    /** Copies everything and verifies; returns the row count per table. Throws if any count differs. */
    public Map<String, Long> run() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : TABLES) {
            if (!existsInSource(t.name())) continue;
            copy(t);
            if (t.selfRef() != null) patchSelfReferences(t);
        }
        copyDocumentCounter();
        for (String table : IDENTITIES.keySet()) {
            String col = IDENTITIES.get(table);
            to.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence('" + table
                        + "', '" + col + "'), GREATEST(1, (SELECT COALESCE(MAX(" + col + "), 0) FROM " + table + ")))")) {
                    ps.executeQuery().close();
                }
                return null;
            });
        }
        List<String> mismatches = new ArrayList<>();
        for (Table t : TABLES) {
            if (!existsInSource(t.name())) continue;
            long src = from.read(c -> count(c, "SELECT COUNT(*) FROM " + t.name()));
            long dst = to.read(c -> count(c, "SELECT COUNT(*) FROM " + t.name()));
            counts.put(t.name(), dst);
            out.printf("verify %-18s sqlite %,12d  postgresql %,12d  %s%n", t.name(), src, dst, src == dst ? "ok" : "DIFFERENT");
            if (src != dst) mismatches.add(t.name() + " (" + src + " vs " + dst + ")");
        }
        if (!mismatches.isEmpty()) throw new IllegalStateException("row counts differ after migration: " + mismatches);
        return counts;
    }

    private boolean existsInSource(String table) {
        return from.read(c -> count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                table) > 0);
    }

    private void copy(Table t) {
        long total = from.read(c -> count(c, "SELECT COUNT(*) FROM " + t.name()));
        String pk = String.join(", ", t.key());
        String pkMarks = "?,".repeat(t.key().size() - 1) + "?";
        // Resume after the largest key already copied. Keys compare as tuples, text in code-point order on both
        // sides (SQLite's BINARY collation, PostgreSQL's "C"), so the two databases agree on what comes after.
        Object[] resume = to.read(c -> {
            List<String> parts = new ArrayList<>();
            for (String k : t.key()) parts.add(isText(c, t.name(), k) ? k + " COLLATE \"C\" DESC" : k + " DESC");
            String order = String.join(", ", parts);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + pk + " FROM " + t.name() + " ORDER BY " + order
                    + " LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Object[] key = new Object[t.key().size()];
                for (int i = 0; i < key.length; i++) key[i] = rs.getObject(i + 1);
                return key;
            }
        });
        try (Progress progress = new Progress("copy " + t.name(), total, out)) {
            if (resume != null) {
                progress.step(from.read(c -> count(c, "SELECT COUNT(*) FROM " + t.name() + " WHERE (" + pk + ") <= ("
                        + pkMarks + ")", resume)));
            }
            Object[] last = resume;
            while (true) {
                List<Object[]> rows = new ArrayList<>();
                List<String> columns = new ArrayList<>();
                Object[] after = last;
                from.read(c -> {
                    String where = after == null ? "" : " WHERE (" + pk + ") > (" + pkMarks + ")";
                    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + t.name() + where
                            + " ORDER BY " + pk + " LIMIT " + BATCH)) {
                        if (after != null) for (int i = 0; i < after.length; i++) ps.setObject(i + 1, after[i]);
                        try (ResultSet rs = ps.executeQuery()) {
                            ResultSetMetaData md = rs.getMetaData();
                            for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnName(i));
                            while (rs.next()) {
                                Object[] row = new Object[md.getColumnCount()];
                                for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
                                rows.add(row);
                            }
                        }
                    }
                    return null;
                });
                if (rows.isEmpty()) break;
                insert(t, columns, rows);
                progress.step(rows.size());
                Object[] tail = rows.get(rows.size() - 1);
                last = t.key().stream().map(k -> tail[columns.indexOf(k)]).toArray();
                if (rows.size() < BATCH) break;
            }
        }
    }

    private static boolean isText(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "text".equals(rs.getString(1));
            }
        }
    }

    private void insert(Table t, List<String> columns, List<Object[]> rows) {
        String cols = String.join(", ", columns);
        String marks = "?,".repeat(columns.size() - 1) + "?";
        to.write(c -> {
            Map<String, Integer> types = targetTypes(c, t.name());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " (" + cols + ") VALUES ("
                    + marks + ") ON CONFLICT DO NOTHING")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        String col = columns.get(i);
                        Object v = col.equals(t.selfRef()) ? null : row[i];
                        int type = types.get(col);
                        if (v == null) ps.setNull(i + 1, type);
                        else if (type == Types.BOOLEAN || type == Types.BIT) ps.setBoolean(i + 1, truthy(v));
                        else if (type == Types.BIGINT || type == Types.INTEGER) ps.setLong(i + 1, ((Number) v).longValue());
                        else if (type == Types.DOUBLE || type == Types.REAL) ps.setDouble(i + 1, ((Number) v).doubleValue());
                        else if (type == Types.BINARY || type == Types.VARBINARY) ps.setBytes(i + 1, (byte[]) v);
                        else ps.setString(i + 1, v.toString());
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static boolean truthy(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.longValue() != 0;
        return Boolean.parseBoolean(v.toString());
    }

    private static Map<String, Integer> targetTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " LIMIT 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) types.put(md.getColumnName(i), md.getColumnType(i));
        }
        return types;
    }

    /** Second pass: copies the self-referencing column now that every row it may point to exists. */
    private void patchSelfReferences(Table t) {
        long lastKey = Long.MIN_VALUE;
        while (true) {
            long after = lastKey;
            List<long[]> refs = from.read(c -> {
                List<long[]> out = new ArrayList<>();
                String key = t.key().get(0);
                try (PreparedStatement ps = c.prepareStatement("SELECT " + key + ", " + t.selfRef() + " FROM "
                        + t.name() + " WHERE " + t.selfRef() + " IS NOT NULL AND " + key + " > ? ORDER BY "
                        + key + " LIMIT " + BATCH)) {
                    ps.setLong(1, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(new long[]{rs.getLong(1), rs.getLong(2)});
                    }
                }
                return out;
            });
            if (refs.isEmpty()) return;
            to.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.name() + " SET " + t.selfRef()
                        + " = ? WHERE " + t.key().get(0) + " = ?")) {
                    for (long[] r : refs) {
                        ps.setLong(1, r[1]);
                        ps.setLong(2, r[0]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            lastKey = refs.get(refs.size() - 1)[0];
        }
    }

    private void copyDocumentCounter() {
        long docs = from.read(c -> count(c, "SELECT value FROM corpus_counters WHERE name = 'documents'"));
        to.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE corpus_counters SET value = ? WHERE name = 'documents'")) {
                ps.setLong(1, docs);
                return ps.executeUpdate();
            }
        });
        // the migrated tags were computed against the same statistics: the drift under them moves along
        CorpusCounters.setRetagged(to, CorpusCounters.retaggedAt(from), CorpusCounters.retaggedWith(from));
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
