package org.khabar.store.postgres;

import org.khabar.store.FingerprintSession;
import org.khabar.store.FingerprintStore;
import org.khabar.store.StoreException;
import org.khabar.store.StoredFingerprint;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link FingerprintStore} on PostgreSQL (tables from migration V10). Each unit runs inside
 * {@link PostgresDatabase#atomically}, which holds the database-wide ingest advisory lock: the lookup-decide-join
 * step of dedup is serialised across threads and worker processes, so two copies ingested at once by two workers
 * end up in one group. Inside a caller's unit it joins that unit, so the decision commits with the article.
 */
public final class PostgresFingerprintStore implements FingerprintStore {

    private final PostgresDatabase db;

    public PostgresFingerprintStore(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T atomically(Function<FingerprintSession, T> work) {
        return db.atomically(() -> db.transaction(c -> work.apply(new Session(c))));
    }

    @Override
    public long size() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM dedup_fingerprint"));
    }

    /** The database belongs to whoever opened it. */
    @Override
    public void close() {
    }

    private static byte[] toBytes(int[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) buf.putInt(v);
        return buf.array();
    }

    private static int[] toInts(byte[] bytes) {
        if (bytes.length % 4 != 0) throw new StoreException("corrupt minhash of " + bytes.length + " bytes", null);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = buf.getInt();
        return out;
    }

    private static final class Session implements FingerprintSession {
        private final Connection c;

        Session(Connection c) {
            this.c = c;
        }

        @Override
        public Set<Long> candidates(long[] bandKeys) {
            Set<Long> out = new LinkedHashSet<>();
            if (bandKeys.length == 0) return out;
            Long[] keys = Arrays.stream(bandKeys).boxed().toArray(Long[]::new);
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT DISTINCT article_id FROM dedup_band WHERE band_key = ANY(?) ORDER BY article_id", (Object) keys);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            } catch (SQLException e) {
                throw fail(e);
            }
            return out;
        }

        @Override
        public Map<Long, StoredFingerprint> fingerprints(Collection<Long> ids) {
            Map<Long, StoredFingerprint> out = new HashMap<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += Sql.IN_CHUNK) {
                Long[] chunk = all.subList(from, Math.min(all.size(), from + Sql.IN_CHUNK)).toArray(Long[]::new);
                try (PreparedStatement ps = Sql.prepare(c, "SELECT article_id, source_id, published_ms, "
                        + "credited_source, shingle_count, minhash FROM dedup_fingerprint WHERE article_id = ANY(?)",
                        (Object) chunk);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant when = Sql.instant(rs, 3);
                        StoredFingerprint fp = new StoredFingerprint(rs.getLong(1), rs.getString(2), when,
                                rs.getString(4), rs.getInt(5), toInts(rs.getBytes(6)));
                        out.put(fp.articleId(), fp);
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
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dedup_fingerprint "
                        + "(article_id, source_id, published_ms, credited_source, shingle_count, minhash) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                        + "source_id = excluded.source_id, published_ms = excluded.published_ms, "
                        + "credited_source = excluded.credited_source, shingle_count = excluded.shingle_count, "
                        + "minhash = excluded.minhash")) {
                    ps.setLong(1, fp.articleId());
                    ps.setString(2, fp.sourceId());
                    if (fp.published() == null) ps.setNull(3, Types.BIGINT);
                    else ps.setLong(3, fp.published().toEpochMilli());
                    ps.setString(4, fp.creditedSourceId());
                    ps.setInt(5, fp.shingleCount());
                    ps.setBytes(6, toBytes(fp.minhash()));
                    ps.executeUpdate();
                }
                Sql.update(c, "DELETE FROM dedup_band WHERE article_id = ?", fp.articleId());
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO dedup_band (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
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
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT article_id FROM dedup_member WHERE group_id = ? ORDER BY article_id", groupId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
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
                Sql.update(c, "INSERT INTO dedup_group (group_id, canonical_id) VALUES (?, ?) "
                        + "ON CONFLICT (group_id) DO UPDATE SET canonical_id = excluded.canonical_id",
                        groupId, canonicalId);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dedup_member (article_id, group_id) "
                        + "VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id")) {
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
            try {
                Sql.update(c, "DELETE FROM dedup_member WHERE group_id = ?", groupId);
                Sql.update(c, "DELETE FROM dedup_group WHERE group_id = ?", groupId);
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private OptionalLong queryLong(String sql, long arg) {
            try (PreparedStatement ps = Sql.prepare(c, sql, arg); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private static StoreException fail(SQLException e) {
            return new StoreException("fingerprint store: " + e.getMessage(), e);
        }
    }
}
