package org.khabar.store.postgres;

import org.khabar.store.jdbc.Sql;
import org.khabar.store.WorkLeases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link WorkLeases} on PostgreSQL: {@code SELECT … FOR UPDATE SKIP LOCKED} picks free or expired leases without
 * waiting for rows another worker is claiming at the same moment, then marks them held until the expiry.
 * Time comes from the database server ({@code clock_timestamp()}), so workers with skewed clocks agree on expiry.
 */
public final class PostgresWorkLeases implements WorkLeases {
    private final PostgresDatabase db;

    public PostgresWorkLeases(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public List<String> claim(Collection<String> keys, String holder, Duration ttl, int max) {
        if (keys.isEmpty() || max <= 0) return List.of();
        String[] wanted = keys.stream().distinct().sorted().toArray(String[]::new);
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_lease (lease_key) "
                    + "SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT DO NOTHING")) {
                ps.setArray(1, c.createArrayOf("text", wanted));
                ps.executeUpdate();
            }
            List<String> taken = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "WITH now_ms AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS t), "
                            + "free AS (SELECT lease_key FROM work_lease, now_ms WHERE lease_key = ANY(?::text[]) "
                            + "AND (holder IS NULL OR expires_at <= now_ms.t) ORDER BY lease_key LIMIT ? "
                            + "FOR UPDATE OF work_lease SKIP LOCKED) "
                            + "UPDATE work_lease w SET holder = ?, expires_at = (SELECT t FROM now_ms) + ? "
                            + "FROM free WHERE w.lease_key = free.lease_key RETURNING w.lease_key")) {
                ps.setArray(1, c.createArrayOf("text", wanted));
                ps.setInt(2, max);
                ps.setString(3, holder);
                ps.setLong(4, ttl.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) taken.add(rs.getString(1));
                }
            }
            taken.sort(null);
            return taken;
        });
    }

    @Override
    public boolean renew(String key, String holder, Duration ttl) {
        return db.write(c -> Sql.update(c, "UPDATE work_lease SET expires_at = "
                + "(extract(epoch FROM clock_timestamp()) * 1000)::bigint + ? WHERE lease_key = ? AND holder = ?",
                ttl.toMillis(), key, holder)) == 1;
    }

    @Override
    public void release(String key, String holder) {
        db.write(c -> Sql.update(c,
                "UPDATE work_lease SET holder = NULL, expires_at = 0 WHERE lease_key = ? AND holder = ?", key, holder));
    }
}
