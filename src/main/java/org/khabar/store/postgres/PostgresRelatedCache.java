package org.khabar.store.postgres;

import org.khabar.store.jdbc.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.store.RelatedCache;
import org.khabar.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link RelatedCache} on PostgreSQL: same table and JSON shape as the SQLite cache. */
public final class PostgresRelatedCache implements RelatedCache {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() { };

    /** JSON shape of one similar article (identical to the SQLite cache's, so rows migrate as they are). */
    record Item(long id, double score, List<String> sharedTags) {
    }

    private final PostgresDatabase db;

    public PostgresRelatedCache(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Related> related(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT read_also, items, computed_at, stale FROM related WHERE article_id = ?", articleId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Long readAlso = Sql.nullableLong(rs, 1);
                List<RelatedItem> items = decode(articleId, rs.getString(2)).stream()
                        .map(i -> new RelatedItem(i.id(), i.score(), i.sharedTags() == null ? List.of() : i.sharedTags()))
                        .toList();
                return Optional.of(new Related(readAlso, items, Instant.ofEpochMilli(rs.getLong(3)), rs.getBoolean(4)));
            }
        });
    }

    @Override
    public void putRelated(long articleId, Related related) {
        String items = encode(related.similar().stream()
                .map(i -> new Item(i.articleId(), i.score(), i.sharedTags())).toList());
        Instant computedAt = related.computedAt() != null ? related.computedAt() : Instant.now();
        db.write(c -> Sql.update(c,
                "INSERT INTO related (article_id, read_also, items, computed_at, stale, stale_since)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
                        + " read_also = excluded.read_also, items = excluded.items, computed_at = excluded.computed_at,"
                        + " stale = excluded.stale, stale_since = excluded.stale_since",
                articleId, related.readAlso(), items, computedAt.toEpochMilli(), related.stale(),
                related.stale() ? computedAt.toEpochMilli() : null));
    }

    @Override
    public void markStale(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) return;
        Long[] ids = new ArrayList<>(articleIds).toArray(new Long[0]);
        long now = System.currentTimeMillis();
        // Already-stale rows keep their first stale time: they have waited longest.
        db.write(c -> Sql.update(c, "UPDATE related SET stale = TRUE, stale_since = ?"
                + " WHERE NOT stale AND article_id = ANY (?)", now, ids));
    }

    @Override
    public List<Long> staleOrMissing(int limit) {
        if (limit <= 0) return List.of();
        return db.readSnapshot(c -> {
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT article_id FROM ("
                            + " SELECT r.article_id AS article_id, r.stale_since AS requested FROM related r WHERE r.stale"
                            + " UNION ALL"
                            + " SELECT a.id, a.ingested FROM articles a"
                            + " WHERE a.duplicate_of IS NULL AND NOT EXISTS (SELECT 1 FROM related r WHERE r.article_id = a.id)"
                            + ") w ORDER BY requested, article_id LIMIT ?", limit);
                 ResultSet rs = ps.executeQuery()) {
                List<Long> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getLong(1));
                return out;
            }
        });
    }

    private static String encode(List<Item> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode related items", e);
        }
    }

    private static List<Item> decode(long articleId, String json) {
        try {
            return JSON.readValue(json, ITEMS);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt related list for article " + articleId, e);
        }
    }
}
