package org.khabar.app;

import org.khabar.core.Source;
import org.khabar.store.Page;
import org.khabar.store.TagCount;

import java.util.List;
import java.util.Optional;

/**
 * What the portal and the API ask of khabar. Lists never contain duplicates (only canonical articles).
 * Implemented by {@link Khabar}; the web layer depends on this interface only.
 */
public interface ReadSide {

    Page<Teaser> latest(int offset, int limit);

    Page<Teaser> bySource(String sourceId, int offset, int limit);

    /** Articles carrying the tag whose identity matches {@code label} (any surface form of it). */
    Page<Teaser> byTag(String label, int offset, int limit);

    /** Best matches first, in every outlet. */
    default Page<Found> search(String query, int offset, int limit) {
        return search(SearchRequest.of(query), offset, limit);
    }

    Page<Found> search(SearchRequest request, int offset, int limit);

    /** The article page's content; empty for an unknown id. Related lists come from the cache. */
    Optional<ArticleView> article(long id);

    /**
     * Top stories, best first: ranked by freshness, number of distinct outlets and growth ({@link StoryRanking}).
     * The total is the number of ranked candidates (recent stories), not of all stories.
     */
    Page<StorySummary> topStories(int offset, int limit);

    /** A story's full coverage; empty for an unknown id. The id of a merged story leads to the live story. */
    Optional<StoryView> story(long id);

    /**
     * The tags most articles carried in the {@link #POPULAR_TAGS_SPAN} before the newest article, most first (as top
     * stories, against the newest article rather than the wall clock).
     */
    List<TagCount> popularTags(int limit);

    /** How far back popular tags are counted. */
    java.time.Duration POPULAR_TAGS_SPAN = java.time.Duration.ofHours(48);

    Optional<Source> source(String id);

    List<Source> sources();

    /**
     * Tags that the latest articles under the label's tag also carry, most shared first, each shared by two articles
     * at least: where a reader on a tag page goes next. The tag itself is left out.
     */
    List<TagCount> relatedTags(String label, int limit);

    /** Related tags a tag page and its JSON show: enough to go on from, few enough to read at a glance. */
    int RELATED_TAGS_SHOWN = 10;

    /**
     * The other names under which articles carry the label's tag ("حلف شمال الأطلسي" on the page of "الناتو"), as the
     * tag page says; empty for a tag of one name.
     */
    List<String> otherNames(String label);

    /** The display label for a tag, as most articles show it; the label itself if unknown. */
    String tagLabel(String label);
}
