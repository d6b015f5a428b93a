package org.khabar.store.sqlite;

import org.khabar.store.FingerprintSession;
import org.khabar.store.FingerprintStore;
import org.khabar.store.StoreException;
import org.khabar.store.StoredFingerprint;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link FingerprintStore} on SQLite (tables from migration V10). Each unit of work is a write transaction of the
 * database, so the lookup-decide-join step of dedup is serialisable across threads and processes.
 */
public final class SqliteFingerprintStore implements FingerprintStore {
    private static final int IN_CHUNK = 500;

    private final SqliteDatabase db;

    public SqliteFingerprintStore(SqliteDatabase db) {
        this.db = db;
    }

    /**
     * One write transaction of the database (BEGIN IMMEDIATE: concurrent units, threads or processes, queue for the
     * write lock instead of interleaving). Inside a caller's transaction it joins that one, so an article's dedup
     * decision commits with the article.
     */
    @Override
    public <T> T atomically(Function<FingerprintSession, T> work) {
        return db.write(c -> work.apply(new Session(c, db)));
    }

    @Override
    public long size() {
        return atomically(s -> ((Session) s).count());
    }

    /** The database belongs to whoever opened it. */
    @Override
    public void close() {
    }

    static byte[] toBytes(int[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) buf.putInt(v);
        return buf.array();
    }

    static int[] toInts(byte[] bytes) {
        if (bytes.length % 4 != 0) throw new StoreException("corrupt minhash blob of " + bytes.length + " bytes", null);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = buf.getInt();
        return out;
    }

    private static final class Session implements FingerprintSession {
        private final Connection c;
        private final SqliteDatabase db;

        Session(Connection c, SqliteDatabase db) {
            this.c = c;
            this.db = db;
        }

        /** The writer's cached statement: the same few statements run for every article (not to be closed). */
        private PreparedStatement cached(String sql) throws SQLException {
            return db.writeStatement(sql);
        }

        long count() {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dedup_fingerprint")) {
                return rs.next() ? rs.getLong(1) : 0;
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public Set<Long> candidates(long[] bandKeys) {
            Set<Long> out = new LinkedHashSet<>();
            if (bandKeys.length == 0) return out;
            String sql = "SELECT DISTINCT article_id FROM dedup_band WHERE band_key IN (" + marks(bandKeys.length) + ")";
            try {
                PreparedStatement ps = cached(sql);
                for (int i = 0; i < bandKeys.length; i++) ps.setLong(i + 1, bandKeys[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw fail(e);
            }
            return out;
        }

        @Override
        public Map<Long, StoredFingerprint> fingerprints(Collection<Long> ids) {
            Map<Long, StoredFingerprint> out = new HashMap<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String sql = "SELECT article_id, source_id, published_ms, credited_source, shingle_count, minhash "
                        + "FROM dedup_fingerprint WHERE article_id IN (" + marks(chunk.size()) + ")";
                try {
                    PreparedStatement ps = cached(sql);
                    for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long published = rs.getLong(3);
                            Instant when = rs.wasNull() ? null : Instant.ofEpochMilli(published);
                            StoredFingerprint fp = new StoredFingerprint(rs.getLong(1), rs.getString(2), when,
                                    rs.getString(4), rs.getInt(5), toInts(rs.getBytes(6)));
                            out.put(fp.articleId(), fp);
                        }
                    }
                } catch (SQLException e) {
                    throw fail(e);
                }
            }
            return out;
        }

        @Override
        public void put(StoredFingerprint fp, long[] bandKeys) {
            try {
                {
                    PreparedStatement ps = cached("INSERT OR REPLACE INTO dedup_fingerprint "
                        + "(article_id, source_id, published_ms, credited_source, shingle_count, minhash) "
                        + "VALUES (?, ?, ?, ?, ?, ?)");
                    ps.setLong(1, fp.articleId());
                    ps.setString(2, fp.sourceId());
                    if (fp.published() == null) ps.setNull(3, Types.BIGINT);
                    else ps.setLong(3, fp.published().toEpochMilli());
                    ps.setString(4, fp.creditedSourceId());
                    ps.setInt(5, fp.shingleCount());
                    ps.setBytes(6, toBytes(fp.minhash()));
                    ps.executeUpdate();
                }
                {
                    PreparedStatement ps = cached("DELETE FROM dedup_band WHERE article_id = ?");
                    ps.setLong(1, fp.articleId());
                    ps.executeUpdate();
                }
                {
                    PreparedStatement ps = cached(
                        "INSERT OR IGNORE INTO dedup_band (band_key, article_id) VALUES (?, ?)");
                    for (long key : bandKeys) {
                        ps.setLong(1, key);
                        ps.setLong(2, fp.articleId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public OptionalLong groupOf(long articleId) {
            return queryLong("SELECT group_id FROM dedup_member WHERE article_id = ?", articleId);
        }

        @Override
        public List<Long> members(long groupId) {
            List<Long> out = new ArrayList<>();
            try {
                PreparedStatement ps = cached(
                    "SELECT article_id FROM dedup_member WHERE group_id = ? ORDER BY article_id");
                ps.setLong(1, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw fail(e);
            }
            return out;
        }

        @Override
        public OptionalLong canonical(long groupId) {
            return queryLong("SELECT canonical_id FROM dedup_group WHERE group_id = ?", groupId);
        }

        @Override
        public void saveGroup(long groupId, long canonicalId, Collection<Long> members) {
            try {
                {
                    PreparedStatement ps = cached("INSERT INTO dedup_group (group_id, canonical_id) "
                        + "VALUES (?, ?) ON CONFLICT (group_id) DO UPDATE SET canonical_id = excluded.canonical_id");
                    ps.setLong(1, groupId);
                    ps.setLong(2, canonicalId);
                    ps.executeUpdate();
                }
                {
                    PreparedStatement ps = cached("INSERT INTO dedup_member (article_id, group_id) "
                        + "VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id");
                    for (Long m : members) {
                        ps.setLong(1, m);
                        ps.setLong(2, groupId);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public void deleteGroup(long groupId) {
            try (PreparedStatement dm = c.prepareStatement("DELETE FROM dedup_member WHERE group_id = ?");
                 PreparedStatement dg = c.prepareStatement("DELETE FROM dedup_group WHERE group_id = ?")) {
                dm.setLong(1, groupId);
                dm.executeUpdate();
                dg.setLong(1, groupId);
                dg.executeUpdate();
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private OptionalLong queryLong(String sql, long arg) {
            try {
                PreparedStatement ps = cached(sql);
                ps.setLong(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private static String marks(int n) {
            return String.join(",", java.util.Collections.nCopies(n, "?"));
        }

        private static StoreException fail(SQLException e) {
            return new StoreException("fingerprint store: " + e.getMessage(), e);
        }
    }
}
