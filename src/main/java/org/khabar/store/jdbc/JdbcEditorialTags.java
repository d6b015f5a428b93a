package org.khabar.store.jdbc;

import org.khabar.store.EditorialTags;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link EditorialTags} on SQLite or PostgreSQL: the same SQL on both. */
public final class JdbcEditorialTags implements EditorialTags {

    private final JdbcDatabase db;

    public JdbcEditorialTags(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public void block(String key, String label, Instant at) {
        db.write(c -> Sql.update(c, "INSERT INTO tag_block (tag_key, label, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (tag_key) DO NOTHING", key, label, at.toEpochMilli()));
    }

    @Override
    public boolean unblock(String key) {
        return db.write(c -> Sql.update(c, "DELETE FROM tag_block WHERE tag_key = ?", key)) > 0;
    }

    @Override
    public List<BlockedTag> blocked() {
        return db.read(c -> {
            List<BlockedTag> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT tag_key, label, created_at FROM tag_block ORDER BY label");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BlockedTag(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
            return out;
        });
    }

    @Override
    public void merge(MergedTag m) {
        db.write(c -> Sql.update(c, "INSERT INTO tag_merge (tag_key, label, into_key, into_label, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tag_key) DO UPDATE SET label = excluded.label,"
                        + " into_key = excluded.into_key, into_label = excluded.into_label, created_at = excluded.created_at",
                m.key(), m.label(), m.intoKey(), m.intoLabel(), m.at().toEpochMilli()));
    }

    @Override
    public boolean unmerge(String key) {
        return db.write(c -> Sql.update(c, "DELETE FROM tag_merge WHERE tag_key = ?", key)) > 0;
    }

    @Override
    public List<MergedTag> merged() {
        return db.read(c -> {
            List<MergedTag> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT tag_key, label, into_key, into_label, created_at"
                    + " FROM tag_merge ORDER BY label"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MergedTag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return out;
        });
    }

    @Override
    public void edit(long articleId, TagEdit edit) {
        db.write(c -> Sql.update(c, "INSERT INTO tag_edit (article_id, tag_key, label, added, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, tag_key) DO UPDATE SET"
                        + " label = excluded.label, added = excluded.added, created_at = excluded.created_at",
                articleId, edit.key(), edit.label(), edit.added(), edit.at().toEpochMilli()));
    }

    @Override
    public boolean clearEdit(long articleId, String key) {
        return db.write(c -> Sql.update(c, "DELETE FROM tag_edit WHERE article_id = ? AND tag_key = ?",
                articleId, key)) > 0;
    }

    @Override
    public Map<Long, List<TagEdit>> edits(Collection<Long> articleIds) {
        Map<Long, List<TagEdit>> out = new LinkedHashMap<>();
        if (articleIds.isEmpty()) return out;
        db.read(c -> {
            db.forIds(new ArrayList<>(articleIds), (match, args) -> {
                try (PreparedStatement ps = Sql.prepare(c, "SELECT article_id, tag_key, label, added, created_at"
                        + " FROM tag_edit WHERE article_id " + match + " ORDER BY created_at, tag_key", args);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TagEdit(rs.getString(2),
                                rs.getString(3), rs.getBoolean(4), Instant.ofEpochMilli(rs.getLong(5))));
                    }
                }
            });
            return null;
        });
        return out;
    }
}
