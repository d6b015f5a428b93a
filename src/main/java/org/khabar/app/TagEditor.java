package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.analyze.EntityAliases;
import org.khabar.store.EditorialTags;
import org.khabar.store.EditorialTags.BlockedTag;
import org.khabar.store.EditorialTags.MergedTag;
import org.khabar.store.EditorialTags.TagEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An editor's corrections of keyword tags, applied at once: ruling a tag out everywhere ("أول تعليق"), merging a tag
 * into another ("ترامب" into "دونالد ترامب"), adding a tag to one article, removing one from it, or taking a decision
 * back. The decision is kept (store.EditorialTags) so that
 * ingest and retag hold to it ({@link TagDecisions}); the articles it touches are tagged again right away, store
 * first, then index, and their similar lists (whose reasons name shared tags) are marked stale.
 */
public final class TagEditor {
    private static final int BATCH = 200;
    private final Khabar khabar;

    public TagEditor(Khabar khabar) {
        this.khabar = khabar;
    }

    /** A label that names no tag (no word in it). */
    public static final class NotATag extends IllegalArgumentException {
        NotATag(String label) {
            super("not a tag: \"" + label + "\" has no word");
        }
    }

    /** The tags ruled out everywhere. */
    public List<BlockedTag> blocked() {
        return decisions().store().blocked();
    }

    /** Rules the tag of {@code label} out everywhere; returns how many articles lost it. */
    public int block(String label) {
        String key = keyOf(label);
        decisions().store().block(key, label.strip(), khabar.clock().instant());
        decisions().forget();
        return retagInBatches(articlesTagged(key));
    }

    /**
     * Allows the tag of {@code label} again; false when it was not ruled out. Articles regain it when they are next
     * tagged (an import's retag after corpus drift, or {@code khabar retag}): which ones would is not known without
     * tagging them all.
     */
    public boolean unblock(String label) {
        boolean was = decisions().store().unblock(keyOf(label));
        decisions().forget();
        return was;
    }

    /** The entities khabar ships as one tag each, whatever name an article uses (analyze/entity-aliases.txt). */
    public List<EntityAliases.Entity> shippedEntities() {
        return EntityAliases.get().entities();
    }

    /** The tags merged into others. */
    public List<MergedTag> merged() {
        return decisions().store().merged();
    }

    /**
     * Merges the tag of {@code label} into the tag of {@code into} ("ترامب" into "دونالد ترامب"): everywhere it is
     * shown and listed as that tag, an article naming both shows one, and the tag page of either name lists both.
     * The articles carrying it are tagged again at once; returns how many changed. Merging it again moves it.
     */
    public int merge(String label, String into) {
        String key = ownKey(label);
        String intoKey = keyOf(into);
        if (intoKey.equals(key) || intoKey.equals(keyOf(label))) throw new SameTag(label, into);
        List<Long> carrying = articlesTagged(keyOf(label)); // under an earlier merge, the tag it joined then
        decisions().store().merge(new MergedTag(key, label.strip(), intoKey, into.strip(), khabar.clock().instant()));
        decisions().forget();
        return retagInBatches(carrying);
    }

    /** Takes a merge back: the tag is its own again, at once; false when it was not merged. */
    public boolean unmerge(String label) {
        String key = ownKey(label);
        String joined = keyOf(label);
        if (!decisions().store().unmerge(key)) return false;
        decisions().forget();
        retagInBatches(articlesTagged(joined)); // which of them name it is not known without tagging them
        return true;
    }

    /** Adds the tag of {@code label} to an article, first in its list; empty when there is no such article. */
    public Optional<Article> add(long articleId, String label) {
        return decide(articleId, keyOf(label), label.strip(), true);
    }

    /** Removes the tag of {@code label} from an article (the next best takes its place). */
    public Optional<Article> remove(long articleId, String label) {
        return decide(articleId, keyOf(label), label.strip(), false);
    }

    /** Takes back an editor's decision on an article's tag: the tagger decides again. */
    public Optional<Article> undo(long articleId, String label) {
        String key = keyOf(label);
        return onArticle(articleId, () -> decisions().store().clearEdit(articleId, key));
    }

    /** The stored article, as an editor sees it before deciding. */
    public Optional<Article> article(long articleId) {
        return khabar.store().get(articleId);
    }

    /** An article's decisions, oldest first. */
    public List<TagEdit> edits(long articleId) {
        return decisions().store().edits(List.of(articleId)).getOrDefault(articleId, List.of());
    }

    private Optional<Article> decide(long articleId, String key, String label, boolean added) {
        return onArticle(articleId, () -> decisions().store().edit(articleId,
                new TagEdit(key, label, added, khabar.clock().instant())));
    }

    /** Records {@code decision} on a stored article and tags it again; empty when there is no such article. */
    private Optional<Article> onArticle(long articleId, Runnable decision) {
        if (khabar.store().get(articleId).isEmpty()) return Optional.empty();
        decision.run();
        retag(List.of(articleId));
        return khabar.store().get(articleId);
    }

    /** A merge of a tag into itself (the two labels name one tag already). */
    public static final class SameTag extends IllegalArgumentException {
        SameTag(String label, String into) {
            super("\"" + label + "\" and \"" + into + "\" are one tag already");
        }
    }

    /** The tag a label names, the editor's merges applied. */
    private String keyOf(String label) {
        return nonEmpty(label, label == null ? "" : decisions().tagKey(label));
    }

    /** The tag a label names before the editor's merges (the shipped aliases apply): what a merge is recorded on. */
    private String ownKey(String label) {
        return nonEmpty(label, label == null ? "" : khabar.analysis().tagKey(label));
    }

    private static String nonEmpty(String label, String key) {
        if (key.isEmpty()) throw new NotATag(label == null ? "" : label);
        return key;
    }

    private TagDecisions decisions() {
        return khabar.tagDecisions();
    }

    /** Every article carrying the tag, copies included (a copy's page shows its tags); collected before retagging. */
    private List<Long> articlesTagged(String key) {
        return khabar.store().idsTagged(key);
    }

    private int retagInBatches(List<Long> ids) {
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            changed += retag(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return changed;
    }

    /** Tags these articles again under the decisions, as one unit of the ingestor; returns how many changed. */
    private int retag(List<Long> ids) {
        int changed = khabar.ingestor().inOneBatch(() -> {
            Map<Long, List<TagEdit>> edits = decisions().store().edits(ids);
            List<Long> retagged = new ArrayList<>();
            for (Article a : khabar.store().getAll(ids)) {
                List<Tag> tags = decisions().tagsOf(a.title(), a.body(), edits.getOrDefault(a.id(), List.of()));
                if (tags.equals(a.tags())) continue;
                khabar.store().replaceTags(a.id(), tags);
                if (a.isCanonical()) khabar.index().index(a.withTags(tags));
                retagged.add(a.id());
            }
            khabar.relatedCache().markStale(retagged);
            return retagged.size();
        });
        khabar.index().commit();
        return changed;
    }
}
