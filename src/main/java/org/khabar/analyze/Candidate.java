package org.khabar.analyze;

import java.util.HashMap;
import java.util.Map;

/**
 * A tag candidate: one sequence of word keys and everything counted about it in one article. Its key string is
 * built only when needed (shortlisted candidates, corpus keys); until then the phrase is its key ids.
 */
final class Candidate {
    /** Key ids of the words, in order. */
    final int[] ids;
    final boolean[] particle;
    /** {@link String#hashCode} of the key string, computed from the words' hashes. */
    final int keyHash;
    /** Token position of the first occurrence; the key's words are read there. */
    final int at;
    /** Insertion order in the article, which (with {@link #keyHash}) fixes the order candidates are ranked in. */
    final int seq;
    private String key;
    boolean adjective;
    boolean latin;
    boolean inflected;
    /** Starts with a given name: a person ("خالد حسين") when longer, a bare first name when alone. */
    boolean givenName;
    /** A later word carries the conjunction و: "الكولسترول وامراض القلب" lists two things, it names none. */
    boolean coordinated;
    int tf;
    int absorbed;
    double idf;
    int titleTf;
    int leadTf;
    int first = Integer.MAX_VALUE;
    boolean headArticle;
    boolean afterTitle;
    /** Token positions of the first occurrences, from which the label is chosen. */
    final int[] starts = new int[12];
    int occurrences;
    double score;

    Candidate(int[] ids, boolean[] particle, int keyHash, int at, int seq) {
        this.ids = ids;
        this.particle = particle;
        this.keyHash = keyHash;
        this.at = at;
        this.seq = seq;
    }

    int length() {
        return ids.length;
    }

    /** The tag identity: the words' keys joined by spaces. */
    String key(ArticleWords d) {
        if (key == null) {
            if (ids.length == 1) {
                key = d.w[at].key();
            } else {
                StringBuilder b = new StringBuilder(24).append(d.w[at].key());
                for (int k = 1; k < ids.length; k++) {
                    b.append(' ').append(d.w[at + k].key());
                }
                key = b.toString();
            }
        }
        return key;
    }

    /** Most frequent written form among the recorded occurrences; the earliest wins a tie. */
    String label(ArticleWords d) {
        String best = null;
        int bestCount = 0;
        Map<String, Integer> counts = new HashMap<>(8);
        for (int o = 0; o < occurrences; o++) {
            String l = d.labelAt(starts[o], ids.length);
            int c = counts.merge(l, 1, Integer::sum);
            if (c > bestCount) {
                best = l;
                bestCount = c;
            }
        }
        return best;
    }
}
