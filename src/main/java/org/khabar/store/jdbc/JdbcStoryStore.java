package org.khabar.store.jdbc;

import org.khabar.store.StoreException;
import org.khabar.store.StoryStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link StoryStore} on SQLite or PostgreSQL (schema: V15__stories.sql of db/sqlite and db/postgresql). Each method
 * is one transaction, or part of the caller's unit ({@link JdbcDatabase#atomically}): on PostgreSQL that unit's
 * advisory lock serialises story assignment across workers, on SQLite its single writer does.
 */
public final class JdbcStoryStore implements StoryStore {
    /**
     * A member whose article an editor has not withdrawn: what a story counts where readers see it (its page, the
     * top stories). A member of another store's article (evaluation) has no row here and counts.
     */
    private static final String SHOWN_MEMBER =
            "NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id AND a.withdrawn_at IS NOT NULL)";

    private final JdbcDatabase db;

    public JdbcStoryStore(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public long createStory() {
        return tx(st -> {
            PreparedStatement ps = st.prepare("INSERT INTO story (created_at) VALUES (?) RETURNING id");
            ps.setString(1, Instant.now().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void assign(long storyId, Member m) {
        tx(st -> {
            requireLive(st, storyId);
            PreparedStatement ps = st.prepare(
                    "INSERT INTO story_member (article_id, story_id, source_id, published) VALUES (?,?,?,?) "
                            + "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, "
                            + "source_id = excluded.source_id, published = excluded.published");
            ps.setLong(1, m.articleId());
            ps.setLong(2, storyId);
            ps.setString(3, m.sourceId());
            ps.setLong(4, m.published().toEpochMilli());
            ps.executeUpdate();
            return null;
        });
    }

    @Override
    public void move(Collection<Long> articleIds, long toStoryId) {
        tx(st -> {
            requireLive(st, toStoryId);
            PreparedStatement ps = st.prepare("UPDATE story_member SET story_id = ? WHERE article_id = ?");
            for (long a : articleIds) {
                ps.setLong(1, toStoryId);
                ps.setLong(2, a);
                ps.addBatch();
            }
            ps.executeBatch();
            return null;
        });
    }

    @Override
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) throw new IllegalArgumentException("cannot merge story " + fromId + " into itself");
        tx(st -> {
            requireLive(st, fromId);
            requireLive(st, intoId);
            PreparedStatement members = st.prepare("UPDATE story_member SET story_id = ? WHERE story_id = ?");
            members.setLong(1, intoId);
            members.setLong(2, fromId);
            members.executeUpdate();
            PreparedStatement story = st.prepare("UPDATE story SET merged_into = ? WHERE id = ?");
            story.setLong(1, intoId);
            story.setLong(2, fromId);
            story.executeUpdate();
            return null;
        });
    }

    @Override
    public Optional<Story> story(long id) {
        return read(st -> {
            PreparedStatement ps = st.prepare(
                    "SELECT s.merged_into, MIN(m.published), MAX(m.published), COUNT(m.article_id), "
                            + "COUNT(DISTINCT m.source_id) FROM story s LEFT JOIN story_member m ON m.story_id = s.id "
                            + "AND " + SHOWN_MEMBER + " WHERE s.id = ? GROUP BY s.id");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(storyFrom(id, rs, 1));
            }
        });
    }

    @Override
    public long resolve(long id) {
        return read(st -> {
            long cur = id;
            for (int hops = 0; ; hops++) {
                if (hops > 1000) throw new StoreException("redirect cycle at story " + id, null);
                Long next = mergedInto(st, cur);
                if (next == null) return cur;
                cur = next;
            }
        });
    }

    @Override
    public Optional<Long> storyOf(long articleId) {
        return read(st -> {
            PreparedStatement ps = st.prepare("SELECT story_id FROM story_member WHERE article_id = ?");
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Member> members(long storyId) {
        return read(st -> {
            PreparedStatement ps = st.prepare("SELECT article_id, source_id, published FROM story_member "
                + "WHERE story_id = ? ORDER BY published, article_id");
            ps.setLong(1, storyId);
            List<Member> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
            return out;
        });
    }

    @Override
    public List<Story> recent(Instant since, int limit) {
        return read(st -> {
            PreparedStatement ps = st.prepare(
                    "SELECT s.id, s.merged_into, MIN(m.published), MAX(m.published), COUNT(m.article_id), "
                            + "COUNT(DISTINCT m.source_id) FROM story s JOIN story_member m ON m.story_id = s.id "
                            + "WHERE s.merged_into IS NULL AND s.id IN "
                            + "(SELECT story_id FROM story_member WHERE published >= ?) "
                            + "GROUP BY s.id ORDER BY MAX(m.published) DESC, s.id LIMIT ?");
            ps.setLong(1, since.toEpochMilli());
            ps.setInt(2, limit);
            List<Story> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(storyFrom(rs.getLong(1), rs, 2));
            }
            return out;
        });
    }

    @Override
    public List<Activity> active(Instant since, Instant growthSince, int limit) {
        return read(st -> {
            PreparedStatement ps = st.prepare(
                    "SELECT s.id, s.merged_into, MIN(m.published), MAX(m.published), COUNT(m.article_id), "
                            + "COUNT(DISTINCT m.source_id), SUM(CASE WHEN m.published >= ? THEN 1 ELSE 0 END) "
                            + "FROM story s JOIN story_member m ON m.story_id = s.id AND " + SHOWN_MEMBER
                            + " WHERE s.merged_into IS NULL AND s.id IN "
                            + "(SELECT story_id FROM story_member WHERE published >= ?) "
                            + "GROUP BY s.id, s.merged_into ORDER BY MAX(m.published) DESC, s.id LIMIT ?");
            ps.setLong(1, growthSince.toEpochMilli());
            ps.setLong(2, since.toEpochMilli());
            ps.setInt(3, limit);
            List<Activity> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Activity(storyFrom(rs.getLong(1), rs, 2), rs.getInt(7)));
            }
            return out;
        });
    }

    @Override
    public Optional<Instant> lastPublished(Instant notAfter) {
        return read(st -> {
            PreparedStatement ps = st.prepare(
                    "SELECT MAX(published) FROM story_member WHERE published <= ?");
            ps.setLong(1, notAfter.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }

    private static Story storyFrom(long id, ResultSet rs, int col) throws SQLException {
        long merged = rs.getLong(col);
        Long mergedInto = rs.wasNull() ? null : merged;
        long first = rs.getLong(col + 1);
        Instant firstAt = rs.wasNull() ? null : Instant.ofEpochMilli(first);
        long last = rs.getLong(col + 2);
        Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        return new Story(id, firstAt, lastAt, rs.getInt(col + 3), rs.getInt(col + 4), mergedInto);
    }

    private static Long mergedInto(UnitStatements st, long id) throws SQLException {
        PreparedStatement ps = st.prepare("SELECT merged_into FROM story WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new IllegalArgumentException("unknown story " + id);
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    private static void requireLive(UnitStatements st, long id) throws SQLException {
        Long into = mergedInto(st, id);
        if (into != null) throw new IllegalArgumentException("story " + id + " was merged into " + into);
    }

    /**
     * Joins the caller's unit or write if there is one, so a story change commits with its article. Statements come
     * from the unit: on SQLite's writer they are prepared once and reused, since every ingested article runs the same
     * few (parsing SQL costs about as much as running a small insert).
     */
    private <T> T tx(StatementWork<T> work) {
        return db.write(c -> {
            try (UnitStatements st = db.statements(c)) {
                return work.run(st);
            }
        });
    }

    /** Inside a unit, on its connection (it must see the unit's writes); otherwise a snapshot that never waits for
     * the writer. */
    private <T> T read(StatementWork<T> work) {
        return db.readSnapshot(c -> {
            try (UnitStatements st = db.statements(c)) {
                return work.run(st);
            }
        });
    }

    /** Work on statements that belong to the unit: never closed here (their result sets are). */
    @FunctionalInterface
    private interface StatementWork<T> {
        T run(UnitStatements statements) throws SQLException;
    }
}
