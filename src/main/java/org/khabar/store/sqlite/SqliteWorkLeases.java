package org.khabar.store.sqlite;

import org.khabar.store.WorkLeases;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link WorkLeases} on SQLite. A claim is one write transaction (BEGIN IMMEDIATE), which serialises claimers across
 * threads and processes on the file: SQLite has no row locks, and needs none to give each lease to one holder.
 */
public final class SqliteWorkLeases implements WorkLeases {
    private final SqliteDatabase db;
    private final Clock clock;

    public SqliteWorkLeases(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<String> claim(Collection<String> keys, String holder, Duration ttl, int max) {
        if (keys.isEmpty() || max <= 0) return List.of();
        List<String> wanted = keys.stream().distinct().sorted().toList();
        long now = clock.millis();
        return db.write(c -> {
            List<String> taken = new ArrayList<>();
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO work_lease (lease_key) VALUES (?) ON CONFLICT DO NOTHING");
                 PreparedStatement take = c.prepareStatement("UPDATE work_lease SET holder = ?, expires_at = ? "
                         + "WHERE lease_key = ? AND (holder IS NULL OR expires_at <= ?)")) {
                for (String key : wanted) {
                    if (taken.size() >= max) break;
                    ins.setString(1, key);
                    ins.executeUpdate();
                    take.setString(1, holder);
                    take.setLong(2, now + ttl.toMillis());
                    take.setString(3, key);
                    take.setLong(4, now);
                    if (take.executeUpdate() == 1) taken.add(key);
                }
            }
            return taken;
        });
    }

    @Override
    public void release(String key, String holder) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE work_lease SET holder = NULL, expires_at = 0 WHERE lease_key = ? AND holder = ?")) {
                ps.setString(1, key);
                ps.setString(2, holder);
                return ps.executeUpdate();
            }
        });
    }
}
