package org.khabar.app;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.khabar.core.Tag;
import org.khabar.store.EditorialTags;
import org.khabar.store.EditorialTags.BlockedTag;
import org.khabar.store.EditorialTags.TagEdit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tags an article carries once an editor's decisions (store.EditorialTags) are applied: the tagger's tags without
 * the ruled-out and removed ones (the next best take their places), after the tags the editor added, which come
 * first. Every tagging goes through here, at ingest and at retag, so a decision outlives recomputation.
 */
public final class TagDecisions {
    /** Most tags an article carries, editor's included (analyze.ShownTags.MAX). */
    static final int MAX_TAGS = 8;
    /**
     * How long a process may go on tagging without a tag another process ruled out: the set is read once a minute,
     * not once an article. A decision taken in this process applies at once ({@link #forget}).
     */
    static final Duration RULED_OUT_READ_EVERY = Duration.ofMinutes(1);

    private final EditorialTags store;
    private final Analysis analysis;
    private final LoadingCache<Boolean, Set<String>> ruledOut;

    public TagDecisions(EditorialTags store, Analysis analysis) {
        this.store = store;
        this.analysis = analysis;
        this.ruledOut = Caffeine.newBuilder().expireAfterWrite(RULED_OUT_READ_EVERY)
                .build(k -> store.blocked().stream().map(BlockedTag::key).collect(Collectors.toUnmodifiableSet()));
    }

    public EditorialTags store() {
        return store;
    }

    /** Keys ruled out as tags everywhere. */
    public Set<String> ruledOut() {
        return ruledOut.get(Boolean.TRUE);
    }

    /** Reads the ruled-out keys again at the next tagging: this process has just changed them. */
    void forget() {
        ruledOut.invalidateAll();
    }

    /** The tags of an article of this title and body on which an editor took {@code edits} (oldest first). */
    public List<Tag> tagsOf(String title, String body, List<TagEdit> edits) {
        Set<String> blocked = ruledOut();
        if (edits.isEmpty()) return analysis.articleTags(title, body, blocked); // every new article: no copy of the set
        Set<String> excluded = new HashSet<>(blocked);
        List<Tag> added = new ArrayList<>();
        for (TagEdit e : edits) {
            if (e.added()) {
                if (!blocked.contains(e.key())) added.add(new Tag(e.key(), e.label(), 1.0));
            }
            excluded.add(e.key()); // an added tag is not listed twice
        }
        List<Tag> computed = analysis.articleTags(title, body, excluded);
        if (added.isEmpty()) return computed;
        List<Tag> out = new ArrayList<>(added);
        for (Tag t : computed) {
            if (out.size() >= MAX_TAGS) break;
            out.add(t);
        }
        return List.copyOf(out);
    }
}
