package org.khabar.store.jdbc;

import org.khabar.store.FeedStateStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link FeedStateStore} on SQLite or PostgreSQL (schema: V20__feed_state.sql of db/sqlite and db/postgresql). On
 * PostgreSQL it is shared by every worker: an item one worker has handed on is seen by all ({@link #markSeen} is
 * decided by the primary key, so exactly one worker wins a race for an item).
 */
public final class JdbcFeedStateStore implements FeedStateStore {
    private final JdbcDatabase db;

    public JdbcFeedStateStore(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<FeedState> load(String feedUrl) {
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT * FROM feed_state WHERE feed_url = ?", feedUrl);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public void save(FeedState s) {
        String sql = "INSERT INTO feed_state (feed_url, outlet_id, etag, last_modified, last_fetch, status, error,"
                + " items_per_day, next_poll, failures, items_total) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (feed_url) DO UPDATE SET outlet_id=excluded.outlet_id, etag=excluded.etag,"
                + " last_modified=excluded.last_modified, last_fetch=excluded.last_fetch, status=excluded.status,"
                + " error=excluded.error, items_per_day=excluded.items_per_day, next_poll=excluded.next_poll,"
                + " failures=excluded.failures, items_total=excluded.items_total";
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.feedUrl());
                ps.setString(2, s.outletId());
                ps.setString(3, s.etag());
                ps.setString(4, s.lastModified());
                Sql.setInstant(ps, 5, s.lastFetch());
                ps.setString(6, s.status());
                ps.setString(7, s.error());
                ps.setDouble(8, s.itemsPerDay());
                Sql.setInstant(ps, 9, s.nextPoll());
                ps.setInt(10, s.failures());
                ps.setLong(11, s.itemsTotal());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<FeedState> all() {
        return db.read(c -> {
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
        return db.read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM feed_seen_item WHERE feed_url = ? AND item_id = ?", feedUrl, itemId) > 0);
    }

    @Override
    public boolean markSeen(String feedUrl, String itemId, Instant when) {
        return db.write(c -> Sql.update(c, "INSERT INTO feed_seen_item (feed_url, item_id, first_seen)"
                + " VALUES (?,?,?) ON CONFLICT DO NOTHING", feedUrl, itemId, when.toEpochMilli()) == 1);
    }

    /** The database belongs to whoever opened it. */
    @Override
    public void close() {
    }

    private static FeedState row(ResultSet rs) throws SQLException {
        return new FeedState(rs.getString("feed_url"), rs.getString("outlet_id"), rs.getString("etag"),
                rs.getString("last_modified"), instant(rs, "last_fetch"), rs.getString("status"),
                rs.getString("error"), rs.getDouble("items_per_day"), instant(rs, "next_poll"),
                rs.getInt("failures"), rs.getLong("items_total"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Sql.instant(rs, rs.findColumn(column));
    }
}
