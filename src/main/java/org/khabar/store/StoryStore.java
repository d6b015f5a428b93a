package org.khabar.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stories (event clusters) and their members. Story ids are stable for users: a story merged into another keeps
 * existing as a redirect ({@link Story#mergedInto()}), which {@link #resolve} follows.
 * Implementations: SQLite and PostgreSQL ({@code JdbcStoryStore}) and in memory ({@code InMemoryStoryStore}).
 */
public interface StoryStore {

    /** A story; counts are over its current members. {@code mergedInto} is null unless it is a redirect. */
    record Story(long id, Instant firstPublished, Instant lastPublished, int articleCount, int outletCount,
                 Long mergedInto) {
    }

    /** A live story and how many of its members were published at or after the growth instant asked for. */
    record Activity(Story story, int recentArticles) {
    }

    /** One member article of a story. */
    record Member(long articleId, String sourceId, Instant published) {
    }

    /** Creates an empty story and returns its new id (ids increase). */
    long createStory();

    /** Puts the article in the story, moving it out of any story it was in. */
    void assign(long storyId, Member member);

    /** Moves the given member articles into {@code toStoryId} (a split); unknown article ids are ignored. */
    void move(Collection<Long> articleIds, long toStoryId);

    /** Moves every member of {@code fromId} into {@code intoId}; {@code fromId} becomes a redirect to it. */
    void merge(long fromId, long intoId);

    /** The story with this id as stored (it may be a redirect). */
    Optional<Story> story(long id);

    /** The live story an id leads to, following redirects; the id itself when it is not a redirect. */
    long resolve(long id);

    /** The story the article belongs to, if any. */
    Optional<Long> storyOf(long articleId);

    /** Members of a story, oldest first (published, then article id). */
    List<Member> members(long storyId);

    /** Live (not redirected) stories with a member published at or after {@code since}, newest update first. */
    List<Story> recent(Instant since, int limit);

    /**
     * What a top-stories ranking needs: live stories with a member published at or after {@code since}, each with
     * the number of its members published at or after {@code growthSince}; newest update first, at most
     * {@code limit}.
     */
    List<Activity> active(Instant since, Instant growthSince, int limit);

    /** The newest member publication time not after {@code notAfter} (future-dated articles are ignored). */
    Optional<Instant> lastPublished(Instant notAfter);
}
