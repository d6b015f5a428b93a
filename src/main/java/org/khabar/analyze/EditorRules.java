package org.khabar.analyze;

import java.util.Map;
import java.util.Set;

/**
 * What an editor ruled about tags, as the tagger applies it to an article: keys ruled out as tags everywhere, and
 * tags merged into another (key → the key of the tag it is shown as), on top of the shipped {@link EntityAliases}.
 */
public final class EditorRules {

    private final Set<String> ruledOut;
    private final Map<String, String> mergedInto;
    private final EntityAliases aliases;

    public EditorRules(Set<String> ruledOut, Map<String, String> mergedInto) {
        this.ruledOut = Set.copyOf(ruledOut);
        this.mergedInto = Map.copyOf(mergedInto);
        this.aliases = EntityAliases.get().withMerges(this.mergedInto);
    }

    /** Only tags ruled out, no merge. */
    public static EditorRules ruledOut(Set<String> keys) {
        return new EditorRules(keys, Map.of());
    }

    public Set<String> ruledOut() {
        return ruledOut;
    }

    public Map<String, String> mergedInto() {
        return mergedInto;
    }

    /** The shipped aliases with the editor's merges. */
    public EntityAliases aliases() {
        return aliases;
    }

    /** The tag a key is shown and listed as, once aliases and merges apply. */
    public String identityOf(String key) {
        return aliases.entityKey(key);
    }

    public boolean isEmpty() {
        return ruledOut.isEmpty() && mergedInto.isEmpty();
    }
}
