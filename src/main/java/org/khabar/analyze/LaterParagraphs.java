package org.khabar.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.khabar.store.CorpusStats;

/**
 * The paragraphs of a body after its first, each with a corpus key (or none), and how many corpus documents hold
 * each key, read in one call. What {@link Teasers} and {@link Boilerplate} skip: a later paragraph whose key the
 * corpus has counted; the opening paragraph is always the report's.
 */
final class LaterParagraphs {
    private final String body;
    private final String[] paragraphs;
    private final String[] keys;
    private final Map<String, Long> counts;

    private LaterParagraphs(String body, String[] paragraphs, String[] keys, Map<String, Long> counts) {
        this.body = body;
        this.paragraphs = paragraphs;
        this.keys = keys;
        this.counts = counts;
    }

    /** Null when {@code body} has one paragraph or none of its later ones has a key: nothing could be skipped. */
    static LaterParagraphs read(String body, Function<String, String> keyOf, CorpusStats stats) {
        if (body.indexOf('\n') < 0) {
            return null;
        }
        String[] paragraphs = body.split("\n", -1);
        String[] keys = new String[paragraphs.length];
        List<String> asked = new ArrayList<>();
        for (int i = 1; i < paragraphs.length; i++) {
            keys[i] = keyOf.apply(paragraphs[i]);
            if (keys[i] != null) asked.add(keys[i]);
        }
        return asked.isEmpty() ? null : new LaterParagraphs(body, paragraphs, keys, stats.documentFrequencies(asked));
    }

    int size() {
        return paragraphs.length;
    }

    String paragraph(int i) {
        return paragraphs[i];
    }

    /** Corpus documents holding paragraph {@code i}'s key; 0 for the opening paragraph and unkeyed ones. */
    long documents(int i) {
        return keys[i] == null ? 0 : counts.getOrDefault(keys[i], 0L);
    }

    /** The body without the later paragraphs marked in {@code skip}; the very body when none is. */
    String without(boolean[] skip) {
        StringBuilder kept = new StringBuilder(body.length());
        kept.append(paragraphs[0]);
        boolean skipped = false;
        for (int i = 1; i < paragraphs.length; i++) {
            if (skip[i]) {
                skipped = true;
            } else {
                kept.append('\n').append(paragraphs[i]);
            }
        }
        return skipped ? kept.toString() : body;
    }
}
