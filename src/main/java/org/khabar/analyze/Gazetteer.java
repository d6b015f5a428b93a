package org.khabar.analyze;

import java.util.HashSet;
import java.util.Set;

/** The gazetteer as stem keys ({@link TagKeys#keyOf}), so any inflected or prefixed mention matches an entry. */
public final class Gazetteer {

    private static final Gazetteer DEFAULT = new Gazetteer(Lexicon.get());

    private final Set<String> keys = new HashSet<>();

    Gazetteer(Lexicon lex) {
        for (String entry : lex.gazetteerEntries()) {
            keys.add(TagKeys.keyOf(entry));
        }
    }

    public static Gazetteer get() {
        return DEFAULT;
    }

    /** True when the tag key is a gazetteer name (country, capital, city, region, organisation). */
    public boolean contains(String key) {
        return keys.contains(key);
    }

    public int size() {
        return keys.size();
    }
}
