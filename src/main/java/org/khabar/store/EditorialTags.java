package org.khabar.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An editor's decisions about keyword tags, which outlive every recomputation of the tags: phrases ruled out as tags
 * everywhere ("أول تعليق"), tags merged into another ("ترامب" into "دونالد ترامب"), and one article's tags added or
 * removed by hand. Shared by every process on the store.
 * Tags are named by their key (analyze.TagKeys), so a decision covers every written form of the tag.
 */
public interface EditorialTags {

    /** A tag ruled out everywhere; {@code label} is how the editor wrote it. */
    record BlockedTag(String key, String label, Instant at) {
    }

    /** A tag shown and listed as another one, everywhere; labels as the editor wrote them. */
    record MergedTag(String key, String label, String intoKey, String intoLabel, Instant at) {
    }

    /** One article's tag, added by an editor ({@code added}) or removed by one. */
    record TagEdit(String key, String label, boolean added, Instant at) {
    }

    /** Rules out the tag of {@code key} everywhere; ruling it out again keeps the first label and time. */
    void block(String key, String label, Instant at);

    /** Allows the tag again; false when it was not ruled out. */
    boolean unblock(String key);

    /** Every ruled-out tag, by label. */
    List<BlockedTag> blocked();

    /** Merges the tag of {@code merged.key()} into another; merging it again replaces the earlier merge. */
    void merge(MergedTag merged);

    /** Takes a merge back; false when the tag was not merged. */
    boolean unmerge(String key);

    /** Every merged tag, by label. */
    List<MergedTag> merged();

    /** Records that an editor added or removed a tag of one article; a later decision on the same tag replaces it. */
    void edit(long articleId, TagEdit edit);

    /** Forgets an editor's decision on one article's tag; false when there was none. */
    boolean clearEdit(long articleId, String key);

    /** The editor's decisions on these articles' tags, oldest first; articles without any are absent. */
    Map<Long, List<TagEdit>> edits(Collection<Long> articleIds);
}
