package org.khabar.analyze;

import java.util.ArrayList;
import java.util.List;
import org.khabar.core.Tag;

/**
 * Picks the shown tags from ranked candidates: no phrase beside its own sub-phrase unless both carry weight, and two
 * chosen windows on one longer name become that name. Label strings are built here, for the chosen tags only.
 */
final class TagSelection {

    /** Longest phrase a tag may grow to by joining overlapping tags ("معهد الكويت للأبحاث العلمية"). */
    static final int MAX_JOINED_WORDS = 5;

    /**
     * With learned scores, a phrase and its own sub-phrase ("البرنامج الوطني", "البرنامج") are both shown when the
     * later one scores at least this share of the earlier: crowd taggers often chose both. AKEC train, 5-fold:
     * F1@10 0.310 at 0.3 against 0.298 at 0.6 (docs/benchmarks-analyze.md).
     */
    static final double NESTED_KEEP = 0.3;

    private final double subphraseKeep;
    /** Scores are the learned ranker's probabilities, comparable across candidates. */
    private final boolean learned;

    TagSelection(double subphraseKeep, boolean learned) {
        this.subphraseKeep = subphraseKeep;
        this.learned = learned;
    }

    /** {@code aliases}: which tags are one entity's ({@link EntityAliases}, with an editor's merges if any). */
    List<Tag> select(ArticleWords d, List<Candidate> ranked, int max, EntityAliases aliases) {
        List<Candidate> chosen = new ArrayList<>();
        int next = 0;
        // joining two windows of one name frees a place, which the next candidate then takes
        while (chosen.size() < max && next < ranked.size()) {
            for (; next < ranked.size() && chosen.size() < max; next++) {
                Candidate c = ranked.get(next);
                if (keeps(d, chosen, c, aliases)) {
                    chosen.add(c);
                }
            }
            joinOverlaps(d, chosen, learned ? 2 : 1);
            dropRepeats(d, chosen, aliases);
        }
        List<Tag> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(new Tag(shownKey(d, c, aliases), bestKnownName(d, c, ranked, aliases),
                    Math.round(c.score * 1000.0) / 1000.0));
        }
        return out;
    }

    /**
     * The label of a chosen tag: its own, or, when the article also names its entity another way ("الناتو" beside
     * "حلف شمال الأطلسي"), the name among them that the entity is best known by, as an editor would write it.
     */
    private static String bestKnownName(ArticleWords d, Candidate c, List<Candidate> ranked, EntityAliases aliases) {
        String key = shownKey(d, c, aliases);
        if (aliases.place(key) < 0) return shownLabel(d, c);
        int own = aliases.place(c.key(d));
        int best = own < 0 ? Integer.MAX_VALUE : own;
        Candidate name = c;
        for (Candidate o : ranked) {
            int place = aliases.place(o.key(d));
            if (place >= 0 && place < best && shownKey(d, o, aliases).equals(key)) {
                best = place;
                name = o;
            }
        }
        return shownLabel(d, name);
    }

    /**
     * The tag a candidate is shown as: its own key, or its country's for a definite nationality adjective alone; then
     * its entity's, when it is another name of a listed entity ({@link EntityAliases}): one entity is one tag.
     */
    private static String shownKey(ArticleWords d, Candidate c, EntityAliases aliases) {
        return aliases.entityKey(c.country(d).map(CountryAdjectives.Country::key).orElseGet(() -> c.key(d)));
    }

    private static String shownLabel(ArticleWords d, Candidate c) {
        return c.country(d).map(CountryAdjectives.Country::label).orElseGet(() -> c.label(d));
    }

    private boolean keeps(ArticleWords d, List<Candidate> chosen, Candidate c, EntityAliases aliases) {
        for (Candidate o : chosen) {
            if (shownKey(d, o, aliases).equals(shownKey(d, c, aliases)) || !(learned ? keepsBesideLearned(d, o, c) : keepsBesideHandSet(d, o, c))) {
                return false;
            }
        }
        return true;
    }

    /** Learned scores are comparable probabilities: nesting is judged by them, and by phrase shape. */
    private static boolean keepsBesideLearned(ArticleWords d, Candidate o, Candidate c) {
        if (contains(d, o, c) || contains(d, c, o)) {
            if (c.length() > 1 && o.length() > 1) return false; // "شمال الأطلسي" in "حلف شمال الأطلسي"
            return c.score >= NESTED_KEEP * o.score; // a word beside its phrase: both must carry weight
        }
        // "الإنجليزي الممتاز" beside "الممتاز لكرة القدم": one word shared, two readings of one text
        return edgeOverlap(o, c) != 1 && edgeOverlap(c, o) != 1;
    }

    /** Hand-set scores are not comparable across phrase lengths: nesting is judged by frequency. */
    private boolean keepsBesideHandSet(ArticleWords d, Candidate o, Candidate c) {
        if (contains(d, o, c)) {        // c is a sub-phrase of a chosen phrase: keep only if it also stands alone
            return c.tf - c.absorbed >= subphraseKeep;
        }
        if (contains(d, c, o)) {        // c extends a chosen phrase: keep only if it is about as frequent
            return c.tf >= 2 && c.tf * 2 >= o.tf;
        }
        return true;
    }

    /**
     * Two chosen tags that overlap in the text by all but one word of the second ("المجلس الأعلى للقوات" and
     * "الأعلى للقوات المسلحة") are two windows on one longer name: they become that name, in the first one's place.
     * With learned scores the overlap must be at least two words: a name and the verb after it ("عادل إمام" and
     * "إمام يدافع") overlap by one.
     */
    private static void joinOverlaps(ArticleWords d, List<Candidate> chosen, int minOverlap) {
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = 0; j < chosen.size(); j++) {
                    if (i == j) continue;
                    Candidate a = chosen.get(i), b = chosen.get(j);
                    int start = b.length() - 1 < minOverlap ? -1 : adjacentStart(a, b);
                    if (start < 0) continue;
                    int len = a.length() + 1;
                    Candidate m = d.phraseAt(start, len);
                    // a name does not grow into its description ("حذف موقع التواصل" + "موقع التواصل الشهير")
                    if (m.coordinated || d.info[start + len - 1].renown()) continue;
                    m.score = Math.max(a.score, b.score);
                    int first = Math.min(i, j);
                    chosen.remove(Math.max(i, j));
                    chosen.set(first, m);
                    joined = true;
                    break outer;
                }
            }
        }
    }

    /** A joined name can repeat a chosen tag (the same words, or the same label): the later one goes. */
    private static void dropRepeats(ArticleWords d, List<Candidate> chosen, EntityAliases aliases) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        chosen.removeIf(c -> {
            boolean newKey = keys.add(shownKey(d, c, aliases));
            boolean newLabel = labels.add(shownLabel(d, c));
            return !newKey || !newLabel;
        });
    }

    /**
     * Where "a followed by the last word of b" starts in the text, when b's words but its last are a's words but its
     * first and some occurrence of b starts one word after an occurrence of a; -1 otherwise.
     */
    private static int adjacentStart(Candidate a, Candidate b) {
        int la = a.length(), lb = b.length();
        if (lb < 2 || lb > la || la + 1 > MAX_JOINED_WORDS) return -1;
        for (int k = 0; k < lb - 1; k++) {
            if (a.ids[la - (lb - 1) + k] != b.ids[k]) return -1;
        }
        int shift = la - (lb - 1);
        for (int x = 0; x < a.occurrences; x++) {
            for (int y = 0; y < b.occurrences; y++) {
                if (b.start(y) == a.start(x) + shift) return a.start(x);
            }
        }
        return -1;
    }

    /** How many last words of {@code a} are the first words of {@code b} (0 if none; less than either's length). */
    static int edgeOverlap(Candidate a, Candidate b) {
        int la = a.length(), lb = b.length();
        for (int k = Math.min(la, lb) - 1; k >= 1; k--) {
            boolean same = true;
            for (int i = 0; i < k && same; i++) {
                same = a.ids[la - k + i] == b.ids[i];
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    /** True when the key of {@code inner} is a contiguous word sequence inside {@code outer}. */
    private static boolean contains(ArticleWords d, Candidate outer, Candidate inner) {
        if (inner.length() >= outer.length()) {
            return false;
        }
        String o = " " + outer.key(d) + " ";
        return o.contains(" " + inner.key(d) + " ");
    }
}
