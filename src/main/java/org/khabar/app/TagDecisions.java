package org.khabar.app;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.khabar.analyze.EditorRules;
import org.khabar.core.Tag;
import org.khabar.store.EditorialTags;
import org.khabar.store.EditorialTags.BlockedTag;
import org.khabar.store.EditorialTags.MergedTag;
import org.khabar.store.EditorialTags.TagEdit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tags an article carries once an editor's decisions (store.EditorialTags) are applied: the tagger's tags without
 * the ruled-out and removed ones (the next best take their places), merged tags shown as the tag they joined, after
 * the tags the editor added, which come first. Every tagging goes through here, at ingest and at retag, so a
 * decision outlives recomputation.
 */
public final class TagDecisions {
    /** Most tags an article carries, editor's included (analyze.ShownTags.MAX). */
    static final int MAX_TAGS = 8;
    /**
     * How long a process may go on tagging without a tag another process ruled out or merged: the rules are read once
     * a minute, not once an article. A decision taken in this process applies at once ({@link #forget}).
     */
    static final Duration RULED_OUT_READ_EVERY = Duration.ofMinutes(1);

    private final EditorialTags store;
    private final Analysis analysis;
    private final LoadingCache<Boolean, Read> read;

    /** The decisions as last read: the rules tagging applies, and the merges as the editor wrote them. */
    private record Read(EditorRules rules, List<MergedTag> merged) {
    }

    public TagDecisions(EditorialTags store, Analysis analysis) {
        this.store = store;
        this.analysis = analysis;
        this.read = Caffeine.newBuilder().expireAfterWrite(RULED_OUT_READ_EVERY).build(k -> {
            List<MergedTag> merged = store.merged();
            return new Read(new EditorRules(
                    store.blocked().stream().map(BlockedTag::key).collect(Collectors.toUnmodifiableSet()),
                    merged.stream().collect(Collectors.toUnmodifiableMap(MergedTag::key, MergedTag::intoKey))),
                    List.copyOf(merged));
        });
    }

    public EditorialTags store() {
        return store;
    }

    /** The editor's rules over every article: tags ruled out, tags merged into others. */
    public EditorRules rules() {
        return read.get(Boolean.TRUE).rules();
    }

    /**
     * The tag a label names once the shipped aliases and the editor's merges apply: "ترامب" names "دونالد ترامب"'s tag
     * once an editor merged them. "" for a label without a word.
     */
    public String tagKey(String label) {
        return rules().identityOf(analysis.tagKey(label));
    }

    /** {@link #tagKey} of the label read with a glued ب ل ك cut ({@link Analysis#tagKeyWithoutGluedPrepositions}). */
    public String tagKeyWithoutGluedPrepositions(String label) {
        return rules().identityOf(analysis.tagKeyWithoutGluedPrepositions(label));
    }

    /**
     * The name a tag page of this key is headed with when it gathers several names: the tag an editor merged others
     * into, as the editor wrote it, or a listed entity's best-known name; empty for any other tag.
     */
    public Optional<String> gatheringName(String key) {
        Read r = read.get(Boolean.TRUE);
        return r.merged().stream().filter(m -> m.intoKey().equals(key)).map(MergedTag::intoLabel).findFirst()
                .or(() -> r.rules().aliases().bestKnownName(key));
    }

    /**
     * The other names a tag page of this key gathers, as readers meet them in articles: a listed entity's other names
     * and the tags an editor merged into it. Empty for a tag of one name.
     */
    public List<String> otherNames(String key) {
        Read r = read.get(Boolean.TRUE);
        String heading = gatheringName(key).orElse("");
        List<String> out = new ArrayList<>();
        for (String name : r.rules().aliases().names(key)) if (!name.equals(heading)) out.add(name);
        for (MergedTag m : r.merged()) if (m.intoKey().equals(key) && !out.contains(m.label())) out.add(m.label());
        return out;
    }

    /** Reads the rules again at the next tagging: this process has just changed them. */
    void forget() {
        read.invalidateAll();
    }

    /** The tags of an article of this title and body on which an editor took {@code edits} (oldest first). */
    public List<Tag> tagsOf(String title, String body, List<TagEdit> edits) {
        EditorRules everywhere = rules();
        if (edits.isEmpty()) return analysis.articleTags(title, body, everywhere); // every new article: no copy
        Set<String> blocked = everywhere.ruledOut();
        Set<String> excluded = new HashSet<>(blocked);
        List<Tag> added = new ArrayList<>();
        for (TagEdit e : edits) {
            String key = everywhere.identityOf(e.key()); // a tag added before a merge is the tag it joined
            if (e.added()) {
                if (!blocked.contains(key)) added.add(new Tag(key, e.label(), 1.0));
            }
            excluded.add(key); // an added tag is not listed twice
        }
        List<Tag> computed = analysis.articleTags(title, body, new EditorRules(excluded, everywhere.mergedInto()));
        if (added.isEmpty()) return computed;
        List<Tag> out = new ArrayList<>(added);
        for (Tag t : computed) {
            if (out.size() >= MAX_TAGS) break;
            out.add(t);
        }
        return List.copyOf(out);
    }
}
