package org.khabar.store.jdbc;

import org.khabar.store.FingerprintSession;
import org.khabar.store.FingerprintStore;
import org.khabar.store.StoreException;
import org.khabar.store.StoredFingerprint;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * {@link FingerprintStore} on SQLite or PostgreSQL (tables from migration V10). Each unit of work is a
 * {@link JdbcDatabase#serialisedWrite}: SQLite's single writer (BEGIN IMMEDIATE) or PostgreSQL's ingest advisory
 * lock, so the lookup-decide-join step of dedup runs alone across threads and processes, and two copies ingested at
 * once end up in one group. Inside a caller's unit it joins that unit, so the decision commits with the article.
 */
public final class JdbcFingerprintStore implements FingerprintStore {
    /** Ids per IN list: well below SQLite's parameter limit, and a size PostgreSQL plans quickly. */
    private static final int IN_CHUNK = 500;

    private final JdbcDatabase db;

    public JdbcFingerprintStore(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T atomically(Function<FingerprintSession, T> work) {
        return db.serialisedWrite(c -> {
            try (UnitStatements statements = db.statements(c)) {
                return work.apply(new Session(statements));
            }
        });
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
        if (bytes.length % 4 != 0) throw new StoreException("corrupt minhash blob of " + bytes.length + " bytes", null);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = buf.getInt();
        return out;
    }

    /** The dedup tables inside one unit; the same few statements run for every article, so they come prepared. */
    private static final class Session implements FingerprintSession {
        private final UnitStatements statements;

        Session(UnitStatements statements) {
            this.statements = statements;
        }

        @Override
        public Set<Long> candidates(long[] bandKeys) {
            if (bandKeys.length == 0) return new LinkedHashSet<>();
            try {
                PreparedStatement ps = statements.prepare("SELECT DISTINCT article_id FROM dedup_band WHERE band_key IN ("
                        + Sql.placeholders(bandKeys.length) + ") ORDER BY article_id");
                for (int i = 0; i < bandKeys.length; i++) ps.setLong(i + 1, bandKeys[i]);
                return ids(ps, new LinkedHashSet<>());
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public Map<Long, StoredFingerprint> fingerprints(Collection<Long> ids) {
            Map<Long, StoredFingerprint> out = new HashMap<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                try {
                    PreparedStatement ps = statements.prepare("SELECT article_id, source_id, published_ms, "
                            + "credited_source, shingle_count, minhash FROM dedup_fingerprint WHERE article_id IN ("
                            + Sql.placeholders(chunk.size()) + ")");
                    for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            StoredFingerprint fp = new StoredFingerprint(rs.getLong(1), rs.getString(2),
                                    Sql.instant(rs, 3), rs.getString(4), rs.getInt(5), toInts(rs.getBytes(6)));
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
                PreparedStatement row = statements.prepare("INSERT INTO dedup_fingerprint "
                        + "(article_id, source_id, published_ms, credited_source, shingle_count, minhash) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                        + "source_id = excluded.source_id, published_ms = excluded.published_ms, "
                        + "credited_source = excluded.credited_source, shingle_count = excluded.shingle_count, "
                        + "minhash = excluded.minhash");
                row.setLong(1, fp.articleId());
                row.setString(2, fp.sourceId());
                Sql.setInstant(row, 3, fp.published());
                row.setString(4, fp.creditedSourceId());
                row.setInt(5, fp.shingleCount());
                row.setBytes(6, toBytes(fp.minhash()));
                row.executeUpdate();

                PreparedStatement bands = statements.prepare(
                        "INSERT INTO dedup_band (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
                for (long key : bandKeys) {
                    bands.setLong(1, key);
                    bands.setLong(2, fp.articleId());
                    bands.addBatch();
                }
                bands.executeBatch();
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
            try {
                PreparedStatement ps = statements.prepare(
                        "SELECT article_id FROM dedup_member WHERE group_id = ? ORDER BY article_id");
                ps.setLong(1, groupId);
                return ids(ps, new ArrayList<>());
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public OptionalLong canonical(long groupId) {
            return queryLong("SELECT canonical_id FROM dedup_group WHERE group_id = ?", groupId);
        }

        @Override
        public void saveGroup(long groupId, long canonicalId, Collection<Long> members) {
            try {
                PreparedStatement group = statements.prepare("INSERT INTO dedup_group (group_id, canonical_id) "
                        + "VALUES (?, ?) ON CONFLICT (group_id) DO UPDATE SET canonical_id = excluded.canonical_id");
                group.setLong(1, groupId);
                group.setLong(2, canonicalId);
                group.executeUpdate();

                PreparedStatement member = statements.prepare("INSERT INTO dedup_member (article_id, group_id) "
                        + "VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id");
                for (Long m : members) {
                    member.setLong(1, m);
                    member.setLong(2, groupId);
                    member.addBatch();
                }
                member.executeBatch();
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public void deleteGroup(long groupId) {
            try {
                for (String sql : List.of("DELETE FROM dedup_member WHERE group_id = ?",
                        "DELETE FROM dedup_group WHERE group_id = ?")) {
                    PreparedStatement ps = statements.prepare(sql);
                    ps.setLong(1, groupId);
                    ps.executeUpdate();
                }
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        private OptionalLong queryLong(String sql, long arg) {
            try {
                PreparedStatement ps = statements.prepare(sql);
                ps.setLong(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        /** Adds the first column of every row of {@code query}, in row order, to {@code out}. */
        private static <C extends Collection<Long>> C ids(PreparedStatement query, C out) throws SQLException {
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }

        private static StoreException fail(SQLException e) {
            return new StoreException("fingerprint store: " + e.getMessage(), e);
        }
    }
}
