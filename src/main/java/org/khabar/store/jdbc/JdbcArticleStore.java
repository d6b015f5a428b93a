package org.khabar.store.jdbc;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.ArticleQuery;
import org.khabar.store.ArticleStore;
import org.khabar.store.Page;
import org.khabar.store.TagCount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.khabar.store.jdbc.Sql.count;
import static org.khabar.store.jdbc.Sql.instant;
import static org.khabar.store.jdbc.Sql.nullableLong;
import static org.khabar.store.jdbc.Sql.prepare;
import static org.khabar.store.jdbc.Sql.setInstant;
import static org.khabar.store.jdbc.Sql.setLong;
import static org.khabar.store.jdbc.Sql.update;

/**
 * {@link ArticleStore} on SQLite or PostgreSQL (the same tables and migration versions in db/sqlite and
 * db/postgresql). Each insert (article row + its tags) is one transaction; {@link #insertAll} puts a whole batch in
 * one, which is what makes bulk imports fast while every article stays all-or-nothing. Several processes may share
 * one database: identity by URL is decided by the UNIQUE constraint ({@code ON CONFLICT DO NOTHING}), never by
 * check-then-insert. Lists of ids go through {@link JdbcDatabase#forIds}, where the two dialects differ.
 */
public class JdbcArticleStore implements ArticleStore {

    /** Longest accepted canonical URL; longer input is a caller bug, not something to store. */
    static final int MAX_URL_LENGTH = 4096;

    private static final String COLUMNS =
            "a.id, a.url, a.source_id, a.external_id, a.title, a.published, a.author, a.summary, a.body, a.category,"
                    + " a.ingested, a.duplicate_of, a.story_id";
    /** {@link #COLUMNS} with an empty body, same positions. */
    private static final String COLUMNS_WITHOUT_BODY = COLUMNS.replace("a.body", "'' AS body");
    /** Articles an editor has not withdrawn: the only ones any list, lookup by id or batch hands out. */
    private static final String SHOWN = "a.withdrawn_at IS NULL";
    private static final String LATEST_ORDER = " ORDER BY a.published DESC NULLS LAST, a.id DESC";
    private static final String INSERT_ARTICLE =
            "INSERT INTO articles (url, source_id, external_id, title, published, author, summary, body, category,"
                    + " ingested, duplicate_of, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT (url) DO NOTHING RETURNING id";
    /** Published ascending (undated last), then id: the order of {@link #duplicatesOf}. */
    private static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(Article::id);

    private final JdbcDatabase db;

    /** A store on a database someone else closes (shared with the corpus stats and related cache). */
    public JdbcArticleStore(JdbcDatabase db) {
        this.db = db;
    }

    @Override
    public InsertResult insert(Article draft) {
        return insertAll(List.of(draft)).get(0);
    }

    /**
     * Inserts a batch in one transaction: the results are in input order, each one as {@link #insert} would give.
     * Much faster than single inserts because the database commits once; after a crash the whole batch is there or
     * absent.
     */
    public List<InsertResult> insertAll(List<Article> drafts) {
        drafts.forEach(JdbcArticleStore::validate);
        if (drafts.isEmpty()) return List.of();
        return db.write(c -> {
            Instant now = Instant.now();
            List<InsertResult> results = new ArrayList<>(drafts.size());
            try (UnitStatements statements = db.statements(c)) {
                for (Article draft : drafts) results.add(insertOne(statements, draft, now));
            }
            return results;
        });
    }

    private static void validate(Article draft) {
        if (draft.url().isBlank()) throw new IllegalArgumentException("article url is blank");
        if (draft.url().length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("article url longer than " + MAX_URL_LENGTH + " chars");
        }
        if (draft.sourceId().isBlank()) throw new IllegalArgumentException("article sourceId is blank: " + draft.url());
    }

    private static InsertResult insertOne(UnitStatements statements, Article a, Instant now) throws SQLException {
        // ON CONFLICT DO NOTHING + RETURNING: the UNIQUE(url) constraint decides, so there is no check-then-insert race
        // even between processes; on conflict no row comes back and we look the existing id up (on PostgreSQL the
        // conflict waited for the other transaction to commit, so its row is visible).
        PreparedStatement ps = statements.prepare(INSERT_ARTICLE);
        ps.setString(1, a.url());
        ps.setString(2, a.sourceId());
        ps.setString(3, a.externalId());
        ps.setString(4, a.title());
        setInstant(ps, 5, a.published());
        ps.setString(6, a.author());
        ps.setString(7, a.summary());
        ps.setString(8, a.body());
        ps.setString(9, a.category());
        setInstant(ps, 10, a.ingested() != null ? a.ingested() : now);
        setLong(ps, 11, a.duplicateOf());
        setLong(ps, 12, a.storyId());
        Long id;
        try (ResultSet rs = ps.executeQuery()) {
            id = rs.next() ? rs.getLong(1) : null;
        }
        if (id == null) return InsertResult.existing(idByUrl(statements, a.url()));
        writeTags(statements, id, a.tags());
        return InsertResult.created(id);
    }

    private static long idByUrl(UnitStatements statements, String url) throws SQLException {
        PreparedStatement ps = statements.prepare("SELECT id FROM articles WHERE url = ?");
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("conflicting url vanished: " + url);
            return rs.getLong(1);
        }
    }

    /** Writes tags with rank = position; a key repeated in the list keeps only its first (best) occurrence. */
    private static void writeTags(UnitStatements statements, long articleId, List<Tag> tags) throws SQLException {
        if (tags.isEmpty()) return;
        PreparedStatement ps = statements.prepare(
                "INSERT INTO article_tags (article_id, rank, tag_key, label, score) VALUES (?,?,?,?,?)");
        Set<String> seen = new HashSet<>();
        int rank = 0;
        for (Tag t : tags) {
            if (!seen.add(t.key())) continue;
            ps.setLong(1, articleId);
            ps.setInt(2, rank++);
            ps.setString(3, t.key());
            ps.setString(4, t.label());
            ps.setDouble(5, t.score());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    @Override
    public Optional<Article> get(long id) {
        return db.readSnapshot(c -> first(select(c, "SELECT " + COLUMNS + " FROM articles a WHERE a.id = ?", id)));
    }

    @Override
    public Optional<Article> byUrl(String canonicalUrl) {
        // Every ingested article asks this first, so on the writer the statement is prepared once (see UnitStatements).
        return db.readSnapshot(c -> {
            try (UnitStatements statements = db.statements(c)) {
                PreparedStatement ps = statements.prepare("SELECT " + COLUMNS + " FROM articles a WHERE a.url = ?");
                ps.setString(1, canonicalUrl);
                return first(rows(c, ps));
            }
        });
    }

    @Override
    public List<Article> getAll(Collection<Long> ids) {
        return getAll(ids, true);
    }

    /** {@link #getAll}, with each body left empty unless {@code withBodies}. */
    protected final List<Article> getAll(Collection<Long> ids, boolean withBodies) {
        if (ids.isEmpty()) return List.of();
        String columns = withBodies ? COLUMNS : COLUMNS_WITHOUT_BODY;
        Map<Long, Article> found = db.readSnapshot(c -> {
            Map<Long, Article> byId = new HashMap<>();
            db.forIds(new ArrayList<>(new LinkedHashSet<>(ids)), (match, args) -> {
                for (Article a : select(c, "SELECT " + columns + " FROM articles a WHERE " + SHOWN + " AND a.id " + match,
                        args)) {
                    byId.put(a.id(), a);
                }
            });
            return byId;
        });
        List<Article> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Article a = found.get(id);
            if (a != null) ordered.add(a);
        }
        return ordered;
    }

    @Override
    public Page<Article> list(ArticleQuery q) {
        StringBuilder from = new StringBuilder(" FROM articles a");
        List<Object> args = new ArrayList<>();
        if (q.tagKey() != null) {
            from.append(" JOIN article_tags t ON t.article_id = a.id AND t.tag_key = ?");
            args.add(q.tagKey());
        }
        from.append(" WHERE a.duplicate_of IS NULL AND ").append(SHOWN);
        if (q.sourceId() != null) {
            from.append(" AND a.source_id = ?");
            args.add(q.sourceId());
        }
        if (q.storyId() != null) {
            from.append(" AND a.story_id = ?");
            args.add(q.storyId());
        }
        return db.readSnapshot(c -> {
            long total = count(c, "SELECT COUNT(*)" + from, args.toArray());
            if (q.limit() == 0 || q.offset() >= total) return new Page<>(List.of(), total);
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(q.limit());
            pageArgs.add(q.offset());
            return new Page<>(select(c, "SELECT " + COLUMNS + from + LATEST_ORDER + " LIMIT ? OFFSET ?",
                    pageArgs.toArray()), total);
        });
    }

    @Override
    public List<Article> batchAfter(long afterId, int limit) {
        if (limit <= 0) return List.of();
        return db.readSnapshot(c -> select(c, "SELECT " + COLUMNS + " FROM articles a WHERE a.id > ? AND " + SHOWN
                + " ORDER BY a.id LIMIT ?", afterId, limit));
    }

    @Override
    public long countAll() {
        return db.read(c -> count(c, "SELECT COUNT(*) FROM articles"));
    }

    @Override
    public void replaceTags(long articleId, List<Tag> tags) {
        db.write(c -> {
            update(c, "DELETE FROM article_tags WHERE article_id = ?", articleId);
            if (exists(c, articleId)) {
                try (UnitStatements statements = db.statements(c)) {
                    writeTags(statements, articleId, tags);
                }
            }
            return null;
        });
    }

    @Override
    public List<Long> idsTagged(String key) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT DISTINCT article_id FROM article_tags WHERE tag_key = ? ORDER BY article_id", key);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    @Override
    public void setDuplicateOf(long articleId, Long canonicalId) {
        if (canonicalId != null && canonicalId == articleId) {
            throw new IllegalArgumentException("article " + articleId + " cannot be a duplicate of itself");
        }
        db.write(c -> {
            if (canonicalId != null && !exists(c, canonicalId)) {
                throw new IllegalArgumentException("unknown canonical article " + canonicalId);
            }
            return update(c, "UPDATE articles SET duplicate_of = ? WHERE id = ?", canonicalId, articleId);
        });
    }

    @Override
    public void setStory(long articleId, Long storyId) {
        db.write(c -> {
            try (UnitStatements statements = db.statements(c)) {
                PreparedStatement ps = statements.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
                Sql.setLong(ps, 1, storyId);
                ps.setLong(2, articleId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Article> duplicateGroup(long canonicalId) {
        return db.readSnapshot(c -> select(c, "SELECT " + COLUMNS + " FROM articles a"
                + " WHERE (a.id = ? OR a.duplicate_of = ?) AND " + SHOWN + " ORDER BY (a.id <> ?), a.id", canonicalId, canonicalId,
                canonicalId));
    }

    @Override
    public List<Article> duplicatesOf(Collection<Long> canonicalIds) {
        if (canonicalIds.isEmpty()) return List.of();
        List<Article> found = db.readSnapshot(c -> {
            List<Article> out = new ArrayList<>();
            db.forIds(new ArrayList<>(new LinkedHashSet<>(canonicalIds)), (match, args) ->
                    out.addAll(select(c, "SELECT " + COLUMNS + " FROM articles a WHERE " + SHOWN + " AND a.duplicate_of "
                            + match, args)));
            return out;
        });
        // sorted here, not in SQL: SQLite reads the ids in chunks, and no one statement sees them all
        found.sort(OLDEST_FIRST);
        return found;
    }

    @Override
    public boolean withdraw(long articleId, Instant at, String reason) {
        return db.write(c -> {
            if (!exists(c, articleId)) return false;
            update(c, "UPDATE articles SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ? AND withdrawn_at IS NULL",
                    at.toEpochMilli(), reason, articleId);
            return true;
        });
    }

    @Override
    public boolean restore(long articleId) {
        return db.write(c -> update(c, "UPDATE articles SET withdrawn_at = NULL, withdrawn_reason = NULL"
                + " WHERE id = ? AND withdrawn_at IS NOT NULL", articleId)) > 0;
    }

    @Override
    public Optional<Withdrawal> withdrawal(long articleId) {
        List<Withdrawal> found = withdrawals("WHERE id = ?", articleId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Withdrawal> withdrawals(int offset, int limit) {
        return withdrawals("WHERE withdrawn_at IS NOT NULL ORDER BY withdrawn_at DESC, id DESC LIMIT ? OFFSET ?",
                limit, offset);
    }

    private List<Withdrawal> withdrawals(String where, Object... args) {
        return db.read(c -> {
            List<Withdrawal> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT id, withdrawn_at, withdrawn_reason FROM articles " + where,
                    args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(2);
                    if (!rs.wasNull()) out.add(new Withdrawal(rs.getLong(1), Instant.ofEpochMilli(at), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public void upsertSource(Source source) {
        if (source.id() == null || source.id().isBlank()) throw new IllegalArgumentException("source id is blank");
        if (source.name() == null) throw new IllegalArgumentException("source name is null: " + source.id());
        db.write(c -> update(c, "INSERT INTO sources (id, name, site_url) VALUES (?,?,?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, site_url = excluded.site_url",
                source.id(), source.name(), source.siteUrl()));
    }

    @Override
    public List<TagCount> popularTags(Instant since, int limit) {
        if (limit <= 0) return List.of();
        // a span of news is a few thousand articles: their tag rows are counted here, exactly, in one read
        Map<String, Set<Long>> articles = new HashMap<>();
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        db.read(c -> {
            try (PreparedStatement ps = prepare(c, "SELECT t.tag_key, t.label, t.article_id FROM article_tags t"
                    + " JOIN articles a ON a.id = t.article_id WHERE a.duplicate_of IS NULL AND " + SHOWN + " AND a.published >= ?",
                    since.toEpochMilli()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    articles.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getLong(3));
                    labels.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                }
            }
            return null;
        });
        return articles.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<Long>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new TagCount(e.getKey(), mostFrequent(labels.get(e.getKey())), e.getValue().size()))
                .toList();
    }

    /** The most frequent label; equal counts: the first in Unicode order, so the answer never depends on row order. */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    @Override
    public Optional<Source> source(String id) {
        return db.read(c -> sources(c, "SELECT id, name, site_url FROM sources WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Source> sources() {
        return db.read(c -> sources(c, "SELECT id, name, site_url FROM sources ORDER BY id"));
    }

    /** The database belongs to whoever opened it. */
    @Override
    public void close() {
    }

    // ---- row mapping -------------------------------------------------------------------------------------------

    private static List<Source> sources(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<Source> out = new ArrayList<>();
            while (rs.next()) out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3)));
            return out;
        }
    }

    /** Runs an article SELECT (columns = {@link #COLUMNS}) and attaches each article's tags. */
    private List<Article> select(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return rows(c, ps);
        }
    }

    /** The articles a prepared article SELECT finds, with their tags; leaves {@code ps} open. */
    private List<Article> rows(Connection c, PreparedStatement ps) throws SQLException {
        List<Article> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), List.of(), instant(rs, 11), nullableLong(rs, 12), nullableLong(rs, 13)));
            }
        }
        if (rows.isEmpty()) return rows;
        Map<Long, List<Tag>> tags = tagsOf(c, rows.stream().map(Article::id).toList());
        rows.replaceAll(a -> a.withTags(tags.getOrDefault(a.id(), List.of())));
        return rows;
    }

    private Map<Long, List<Tag>> tagsOf(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<Tag>> out = new HashMap<>();
        db.forIds(ids, (match, args) -> {
            try (PreparedStatement ps = prepare(c, "SELECT article_id, tag_key, label, score FROM article_tags"
                    + " WHERE article_id " + match + " ORDER BY article_id, rank", args);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Tag(rs.getString(2), rs.getString(3), rs.getDouble(4)));
                }
            }
        });
        return out;
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM articles WHERE id = ?", id) > 0;
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
