package org.khabar.store.jdbc;

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

/**
 * {@link RelatedCache} on SQLite or PostgreSQL: one row per article, the similar list as JSON (it is always read
 * whole; the same text on both databases, so rows migrate as they are). Articles without a row count as "missing"
 * and are offered for computation together with stale rows.
 */
public final class JdbcRelatedCache implements RelatedCache {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() { };

    /** JSON shape of one similar article. */
    record Item(long id, double score, List<String> sharedTags) {
    }

    private final JdbcDatabase db;

    public JdbcRelatedCache(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Related> related(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT read_also, items, computed_at, stale FROM related WHERE article_id = ?", articleId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Long readAlsoId = Sql.nullableLong(rs, 1);
                List<RelatedItem> items = decode(articleId, rs.getString(2)).stream()
                        .map(i -> new RelatedItem(i.id(), i.score(), i.sharedTags() == null ? List.of() : i.sharedTags()))
                        .toList();
                return Optional.of(new Related(readAlsoId, items, Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getBoolean(4)));
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
        List<Long> ids = new ArrayList<>(articleIds);
        long now = System.currentTimeMillis();
        db.write(c -> {
            for (int from = 0; from < ids.size(); from += Sql.IN_CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + Sql.IN_CHUNK));
                List<Object> args = new ArrayList<>(chunk.size() + 1);
                args.add(now);
                args.addAll(chunk);
                // Already-stale rows keep their first stale time: they have waited longest.
                Sql.update(c, "UPDATE related SET stale = TRUE, stale_since = ?"
                        + " WHERE NOT stale AND article_id IN (" + Sql.placeholders(chunk.size()) + ")",
                        args.toArray());
            }
            return null;
        });
    }

    @Override
    public int adoptRules(long rulesVersion) {
        return db.write(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT version FROM related_rules WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) == rulesVersion) return 0;
            }
            // already-stale rows keep their place in the queue, as in markStale
            int marked = Sql.update(c, "UPDATE related SET stale = TRUE, stale_since = ? WHERE NOT stale",
                    System.currentTimeMillis());
            Sql.update(c, "INSERT INTO related_rules (id, version) VALUES (1, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET version = excluded.version", rulesVersion);
            return marked;
        });
    }

    @Override
    public List<Long> staleOrMissing(int limit) {
        if (limit <= 0) return List.of();
        // "Requested" = marked stale for cached lists, ingested for canonical articles that never had one.
        return db.readSnapshot(c -> {
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT article_id FROM ("
                            + " SELECT r.article_id AS article_id, r.stale_since AS requested FROM related r WHERE r.stale"
                            + " UNION ALL"
                            + " SELECT a.id, a.ingested FROM articles a"
                            + " WHERE a.duplicate_of IS NULL AND a.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM related r WHERE r.article_id = a.id)"
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
