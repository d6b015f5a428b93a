package org.khabar.store;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The system of record for articles and outlets. Implementations: SQLite (embedded default) and PostgreSQL.
 * Every method is safe to call from several threads; several processes may share one store.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores a new article unless one with the same canonical URL exists.
     * The write is atomic: after a crash the article is either fully there or absent.
     */
    InsertResult insert(Article draft);

    Optional<Article> get(long id);

    Optional<Article> byUrl(String canonicalUrl);

    /** Articles by id, in the order of {@code ids}; unknown ids are skipped. */
    List<Article> getAll(Collection<Long> ids);

    /**
     * Like {@link #getAll} but the bodies may be left empty: for ranking candidates, which never read them. Reading
     * 60 bodies was the largest part left of a similar-list query on SQLite (29% of its JFR samples,
     * {@code khabar bench similar}).
     */
    default List<Article> getAllWithoutBodies(Collection<Long> ids) {
        return getAll(ids);
    }

    /** Canonical articles, newest first (published, then id). */
    Page<Article> list(ArticleQuery query);

    /** Articles with id greater than {@code afterId}, ascending by id: for reindexing and re-analysis in batches. */
    List<Article> batchAfter(long afterId, int limit);

    /** Number of stored articles, duplicates included. */
    long countAll();

    void replaceTags(long articleId, List<Tag> tags);

    /**
     * Every stored article carrying the tag of {@code key}, ascending by id: copies and withdrawn articles included,
     * unlike the tag page, since an editor's decision on the tag must reach each of them.
     */
    List<Long> idsTagged(String key);

    /** Marks {@code articleId} as a duplicate of {@code canonicalId} (null makes it canonical again). */
    void setDuplicateOf(long articleId, Long canonicalId);

    void setStory(long articleId, Long storyId);

    /** Members of a duplicate group: the canonical article and every article marked a duplicate of it. */
    List<Article> duplicateGroup(long canonicalId);

    /**
     * Every article marked a duplicate of one of {@code canonicalIds} (the canonical articles themselves not
     * included), oldest first (published, then id): the copies a story page shows under each report.
     */
    List<Article> duplicatesOf(Collection<Long> canonicalIds);

    /**
     * The tags carried by the most canonical articles published at or after {@code since}, most first (equal counts:
     * by key), at most {@code limit}.
     */
    List<TagCount> popularTags(java.time.Instant since, int limit);

    /**
     * Withdraws an article (an editor's takedown): no list, lookup by ids, duplicate group or batch hands it out any
     * more, while {@link #get} and {@link #byUrl} still find it, so its URL is never stored again. False when there
     * is no such article; withdrawing again keeps the first time and reason.
     */
    boolean withdraw(long articleId, Instant at, String reason);

    /** Shows a withdrawn article again; false when it was not withdrawn. */
    boolean restore(long articleId);

    /** Why and when an article was withdrawn; empty when it is shown (or unknown). */
    Optional<Withdrawal> withdrawal(long articleId);

    /** Withdrawn articles, the latest withdrawal first. */
    List<Withdrawal> withdrawals(int offset, int limit);

    /** An editor's takedown of one article. */
    record Withdrawal(long articleId, Instant at, String reason) {
    }

    void upsertSource(Source source);

    Optional<Source> source(String id);

    List<Source> sources();

    /** Outcome of {@link #insert}. */
    record InsertResult(long id, boolean inserted) {
        public static InsertResult created(long id) { return new InsertResult(id, true); }
        public static InsertResult existing(long id) { return new InsertResult(id, false); }
    }

    @Override
    void close();
}
