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

/** {@link FeedStateStore} on SQLite, schema in {@code db/sqlite/V20__feed_state.sql}. */
public final class SqliteFeedStateStore implements FeedStateStore {

    private final DataSource ds;

    /** Uses an already migrated database (the application's SQLite database runs all migrations). */
    public SqliteFeedStateStore(DataSource ds) {
        this.ds = ds;
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
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM feed_state WHERE feed_url = ?")) {
            ps.setString(1, feedUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot load feed state for " + feedUrl, e);
        }
    }

    @Override
    public synchronized void save(FeedState s) {
        String sql = "INSERT INTO feed_state (feed_url, outlet_id, etag, last_modified, last_fetch, status, error,"
                + " items_per_day, next_poll, failures, items_total) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT(feed_url) DO UPDATE SET outlet_id=excluded.outlet_id, etag=excluded.etag,"
                + " last_modified=excluded.last_modified, last_fetch=excluded.last_fetch, status=excluded.status,"
                + " error=excluded.error, items_per_day=excluded.items_per_day, next_poll=excluded.next_poll,"
                + " failures=excluded.failures, items_total=excluded.items_total";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save feed state for " + s.feedUrl(), e);
        }
    }

    @Override
    public List<FeedState> all() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM feed_state ORDER BY feed_url");
             ResultSet rs = ps.executeQuery()) {
            List<FeedState> out = new ArrayList<>();
            while (rs.next()) out.add(row(rs));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list feed states", e);
        }
    }

    @Override
    public boolean isSeen(String feedUrl, String itemId) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM feed_seen_item WHERE feed_url = ? AND item_id = ?")) {
            ps.setString(1, feedUrl);
            ps.setString(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read seen items of " + feedUrl, e);
        }
    }

    @Override
    public synchronized boolean markSeen(String feedUrl, String itemId, Instant when) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO feed_seen_item (feed_url, item_id, first_seen) VALUES (?,?,?)")) {
            ps.setString(1, feedUrl);
            ps.setString(2, itemId);
            ps.setLong(3, when.toEpochMilli());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot record seen item of " + feedUrl, e);
        }
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
