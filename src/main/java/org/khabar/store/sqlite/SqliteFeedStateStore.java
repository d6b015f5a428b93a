package org.khabar.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.khabar.store.FeedStateStore;
import org.khabar.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@link FeedStateStore} on SQLite, schema in {@code db/sqlite/V20__feed_state.sql}. Inside the application use
 * {@link #SqliteFeedStateStore(SqliteDatabase)}, so writes share the database's single writer connection.
 */
public final class SqliteFeedStateStore implements FeedStateStore {

    /** Where connections come from: the application's {@link SqliteDatabase}, or a plain data source. */
    private interface Jdbc {
        <T> T read(SqliteDatabase.SqlWork<T> work);

        <T> T write(SqliteDatabase.SqlWork<T> work);
    }

    private final Jdbc jdbc;

    /** Shares the application's database (already migrated by {@link SqliteDatabase#open}). */
    public SqliteFeedStateStore(SqliteDatabase db) {
        this.jdbc = new Jdbc() {
            @Override
            public <T> T read(SqliteDatabase.SqlWork<T> work) {
                return db.read(work);
            }

            @Override
            public <T> T write(SqliteDatabase.SqlWork<T> work) {
                return db.write(work);
            }
        };
    }

    /** Uses an already migrated database through a plain data source (one connection per call). */
    public SqliteFeedStateStore(DataSource ds) {
        this.jdbc = new Jdbc() {
            @Override
            public <T> T read(SqliteDatabase.SqlWork<T> work) {
                try (Connection c = ds.getConnection()) {
                    return work.run(c);
                } catch (SQLException e) {
                    throw new StoreException("feed state: " + e.getMessage(), e);
                }
            }

            @Override
            public synchronized <T> T write(SqliteDatabase.SqlWork<T> work) {
                return read(work);
            }
        };
    }

    /** Opens (creating and migrating) a SQLite file on its own. */
    public static SqliteFeedStateStore open(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(ds).locations("classpath:db/sqlite").load().migrate();
        return new SqliteFeedStateStore(ds);
    }

    @Override
    public Optional<FeedState> load(String feedUrl) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM feed_state WHERE feed_url = ?")) {
                ps.setString(1, feedUrl);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(FeedState s) {
        String sql = "INSERT INTO feed_state (feed_url, outlet_id, etag, last_modified, last_fetch, status, error,"
                + " items_per_day, next_poll, failures, items_total) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT(feed_url) DO UPDATE SET outlet_id=excluded.outlet_id, etag=excluded.etag,"
                + " last_modified=excluded.last_modified, last_fetch=excluded.last_fetch, status=excluded.status,"
                + " error=excluded.error, items_per_day=excluded.items_per_day, next_poll=excluded.next_poll,"
                + " failures=excluded.failures, items_total=excluded.items_total";
        jdbc.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.feedUrl());
            ps.setString(2, s.outletId());
            ps.setString(3, s.etag());
            ps.setString(4, s.lastModified());
            setInstant(ps, 5, s.lastFetch());
            ps.setString(6, s.status());
            ps.setString(7, s.error());
            ps.setDouble(8, s.itemsPerDay());
            setInstant(ps, 9, s.nextPoll());
            ps.setInt(10, s.failures());
            ps.setLong(11, s.itemsTotal());
            return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<FeedState> all() {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM feed_state ORDER BY feed_url");
                 ResultSet rs = ps.executeQuery()) {
                List<FeedState> out = new ArrayList<>();
                while (rs.next()) out.add(row(rs));
                return out;
            }
        });
    }

    @Override
    public boolean isSeen(String feedUrl, String itemId) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM feed_seen_item WHERE feed_url = ? AND item_id = ?")) {
                ps.setString(1, feedUrl);
                ps.setString(2, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public boolean markSeen(String feedUrl, String itemId, Instant when) {
        return jdbc.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO feed_seen_item (feed_url, item_id, first_seen) VALUES (?,?,?)")) {
                ps.setString(1, feedUrl);
                ps.setString(2, itemId);
                ps.setLong(3, when.toEpochMilli());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void close() {
        // connections are per call; nothing to release
    }

    private static FeedState row(ResultSet rs) throws SQLException {
        return new FeedState(rs.getString("feed_url"), rs.getString("outlet_id"), rs.getString("etag"),
                rs.getString("last_modified"), instant(rs, "last_fetch"), rs.getString("status"),
                rs.getString("error"), rs.getDouble("items_per_day"), instant(rs, "next_poll"),
                rs.getInt("failures"), rs.getLong("items_total"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, t.toEpochMilli());
    }
}
