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
    /**
     * Words without weight of their own, left out of IDF and frequency figures: name particles (بن) and closing
     * ordinals (الثانية in "الحرب العالمية الثانية").
     */
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
    /**
     * May be a tag though one word long: no occurrence is a compound name's second half or a never-alone word (its key
     * also gathers other forms: "ممثل" with "الممثل").
     */
    boolean alone;
    int tf;
    int absorbed;
    double idf;
    int titleTf;
    int leadTf;
    int first = Integer.MAX_VALUE;
    boolean headArticle;
    boolean afterTitle;
    /** Every occurrence directly follows an indefinite office or body word and starts with ال ({@link CandidateScorer#OFFICE_TAIL}). */
    boolean officeTail;
    /** Token positions of the occurrences after the first ({@link #at}), up to 12 in all; most words occur once. */
    private int[] more;
    int occurrences;
    double score;

    Candidate(int[] ids, boolean[] particle, int keyHash, int at, int seq) {
        this.ids = ids;
        this.particle = particle;
        this.keyHash = keyHash;
        this.at = at;
        this.seq = seq;
    }

    /** Records an occurrence at token {@code i} (the first is {@link #at}); the first 12 are kept for labels. */
    void occursAt(int i) {
        if (occurrences == 0) {
            occurrences = 1;
        } else if (occurrences < 12) {
            if (more == null) {
                more = new int[11];
            }
            more[occurrences++ - 1] = i;
        }
    }

    /** Token position of recorded occurrence {@code o}. */
    int start(int o) {
        return o == 0 ? at : more[o - 1];
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
                key = joined(d);
            }
        }
        return key;
    }

    /** The words' keys joined by spaces, copied once into an exactly sized buffer (no builder growth). */
    private String joined(ArticleWords d) {
        int len = ids.length - 1;
        for (int k = 0; k < ids.length; k++) {
            len += d.w[at + k].key().length();
        }
        char[] out = new char[len];
        int p = 0;
        for (int k = 0; k < ids.length; k++) {
            if (k > 0) {
                out[p++] = ' ';
            }
            String part = d.w[at + k].key();
            part.getChars(0, part.length(), out, p);
            p += part.length();
        }
        return new String(out);
    }

    /**
     * The country this candidate is shown as, for a definite nationality adjective alone ({@link CountryAdjectives});
     * read once: tag selection asks for every pair of candidates it weighs, and the label is a count over occurrences.
     */
    java.util.Optional<CountryAdjectives.Country> country(ArticleWords d) {
        if (country == null) {
            CountryAdjectives countries = CountryAdjectives.get();
            country = ids.length != 1 || !countries.isAdjectiveKey(key(d)) ? java.util.Optional.empty()
                    : countries.countryOf(key(d), label(d));
        }
        return country;
    }

    private java.util.Optional<CountryAdjectives.Country> country;

    /** Most frequent written form among the recorded occurrences; the earliest wins a tie. */
    String label(ArticleWords d) {
        String best = null;
        int bestCount = 0;
        Map<String, Integer> counts = new HashMap<>(8);
        for (int o = 0; o < occurrences; o++) {
            String l = d.labelAt(start(o), ids.length);
            int c = counts.merge(l, 1, Integer::sum);
            if (c > bestCount) {
                best = l;
                bestCount = c;
            }
        }
        return best;
    }
}
