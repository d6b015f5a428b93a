package org.khabar.extract;

import java.util.Locale;

/**
 * A list of lower-case keywords matched as substrings of class/id names. Plain {@code indexOf} over a few dozen
 * words is several times faster than the equivalent regex alternation, and these checks run on every element.
 * A keyword written {@code " hid "} matches a whole space-separated token.
 */
final class Keywords {
    private final String[] words;

    Keywords(String... words) {
        this.words = words;
    }

    boolean foundIn(String names) {
        if (names.isEmpty()) return false;
        String s = " " + names.toLowerCase(Locale.ROOT) + " ";
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }
}
