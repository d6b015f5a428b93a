package org.khabar.analyze;

import java.util.List;

/**
 * The signals of one shortlisted candidate as numbers, for the learned {@link TagRanker}. Each feature is named
 * ({@link #NAMES}), so the ranker's weight file says what every weight means. The hand-set score of
 * {@link CandidateScorer#fullScore} is one of them: the ranker refines that score and can fall back on it.
 */
final class CandidateFeatures {

    static final List<String> NAMES = List.of(
            "handScore",     // log of the hand-set full score
            "baseScore",     // log of frequency × IDF × position
            "tf",            // log(1 + occurrences)
            "ownTf",         // log(1 + occurrences outside longer phrases that absorb it)
            "titleTf",       // log(1 + occurrences in the title)
            "leadTf",        // log(1 + occurrences in the first paragraph)
            "firstPosition", // first mention, as a share of the article
            "spread",        // first to last recorded mention, as a share of the article
            "idf",           // mean corpus IDF of the words
            "oneWord", "twoWords", "threeWords",
            "gazetteer",     // a country, capital, city or organisation of the gazetteer
            "nameEvidence",  // follows titles (الرئيس، وزير …) here or in the corpus
            "cohesion",      // phrase occurrences / occurrences of its rarest word in this article
            "phraseDf",      // log(1 + corpus documents holding the phrase)
            "pmi",           // corpus pointwise mutual information of first and last word
            "definite",      // share of the head word's documents that write it with ال
            "headArticle",   // written with ال here
            "adjective", "latin", "inflected", "coordinated", "givenName", "afterTitle",
            "headShare",     // log of the share of the head word's documents that hold the whole phrase
            "maxWordTf",     // log(1 + occurrences of its most frequent word in this article)
            "opening",       // first mentioned in the first 30 words
            "charLength",    // mean letters per word
            "digits",        // holds a digit
            // the strongest signals once more per phrase length: a word and a name weigh frequency differently
            "ownTf:1", "ownTf:2", "ownTf:3", "idf:1", "idf:2", "idf:3", "handScore:1", "handScore:2", "handScore:3",
            "firstPosition:1", "firstPosition:2", "firstPosition:3",
            // agreement pattern of a phrase's first and last word, as first written: noun + adjective ("مكة
            // المكرمة") and construct ("وزارة الثقافة") end with ال; fragments ("سعود ولي"، "السفير أحمد") mostly not
            "definite+definite", "bare+definite", "definite+bare", "bare+bare",
            "startsWithTitle", // first word is a title (الرئيس، وزير، السفير …): "السفير أحمد" is half a name
            "endsWithTitle",   // last word is a title: "محمد رزق مدير" runs into the next name
            "lastAdjective",   // last word looks like an adjective (nisba)
            "leftContinued",   // share of occurrences with a content word just before, in the same segment
            "rightContinued",  // share of occurrences with a content word just after, in the same segment
            "sameNeighbour",   // every occurrence (2 or more) has the same word beside it: a window of a longer name
            "handRank",      // log(1 + place in the hand-set order of this article)
            "handGap",       // log of the hand-set score over the article's best
            "topicShare",    // occurrences of its most frequent word over those of the article's most frequent word
            // a phrase opened by a definite masculine adjective ("المصرفي الإسلامي") lost the noun it qualified; the
            // feminine form is often a noun itself ("الخارجية الروسية", "البحرية الأمريكية")
            "firstAdjective",
            "prepositionInside"); // a later word written with ب ل ك ("جديدة للحوثيين", "تيسلا بسيارة") joins two phrases

    static final int SIZE = NAMES.size();
    /** The signals repeated once per phrase length, in the order of their ":1/:2/:3" copies in {@link #NAMES}. */
    private static final int[] PER_LENGTH = {NAMES.indexOf("ownTf"), NAMES.indexOf("idf"), NAMES.indexOf("handScore"),
            NAMES.indexOf("firstPosition")};
    private static final int HAND_RANK = NAMES.indexOf("handRank");

    private CandidateFeatures() {
    }

    /** Needs the corpus figures {@link CandidateScorer#wantEvidence} asked for, phrase frequencies included. */
    static double[] of(ArticleWords d, Candidate c, CorpusFrequencies df, long n, double handScore, double baseScore,
                       boolean gazetteer, double nameEvidence) {
        double[] f = new double[SIZE];
        int len = c.length();
        int k = 0;
        f[k++] = Math.log(1e-6 + handScore);
        f[k++] = Math.log(1e-6 + baseScore);
        f[k++] = lnOnePlus(c.tf);
        f[k++] = lnOnePlus(Math.max(0, c.tf - c.absorbed));
        f[k++] = lnOnePlus(c.titleTf);
        f[k++] = lnOnePlus(c.leadTf);
        double words = Math.max(1, d.n);
        f[k++] = c.first == Integer.MAX_VALUE ? 1.0 : c.first / words;
        f[k++] = (c.start(c.occurrences - 1) - c.start(0)) / words;
        f[k++] = meanIdf(c, df, n);
        f[k++] = len == 1 ? 1 : 0;
        f[k++] = len == 2 ? 1 : 0;
        f[k++] = len >= 3 ? 1 : 0;
        f[k++] = gazetteer ? 1 : 0;
        f[k++] = nameEvidence;
        f[k++] = len == 1 ? 1.0 : cohesion(d, c);
        long phraseDf = len == 1 ? 0 : df.phrase(c.key(d));
        f[k++] = lnOnePlus(phraseDf);
        f[k++] = len == 1 ? 0 : pmi(d, c, df, n, phraseDf);
        f[k++] = definite(d, c, df);
        f[k++] = c.headArticle ? 1 : 0;
        f[k++] = c.adjective ? 1 : 0;
        f[k++] = c.latin ? 1 : 0;
        f[k++] = c.inflected ? 1 : 0;
        f[k++] = c.coordinated ? 1 : 0;
        f[k++] = c.givenName ? 1 : 0;
        f[k++] = c.afterTitle ? 1 : 0;
        long headDf = d.wordTf(c.ids[0]) > 0 ? df.word(c.ids[0]) : 0;
        f[k++] = len == 1 ? 0 : Math.log((phraseDf + 0.5) / (headDf + 1.0));
        int maxWordTf = 0;
        int letters = 0;
        boolean digits = false;
        for (int i = 0; i < len; i++) {
            maxWordTf = Math.max(maxWordTf, d.wordTf(c.ids[i]));
            String key = d.w[c.at + i].key();
            letters += key.length();
            for (int j = 0; j < key.length() && !digits; j++) {
                digits = Character.isDigit(key.charAt(j));
            }
        }
        f[k++] = lnOnePlus(maxWordTf);
        f[k++] = c.first < 30 ? 1 : 0;
        f[k++] = (double) letters / len;
        f[k++] = digits ? 1 : 0;
        int lenAt = Math.min(len, 3) - 1;
        for (int signal : PER_LENGTH) {
            for (int l = 0; l < 3; l++) {
                f[k++] = l == lenAt ? f[signal] : 0;
            }
        }
        if (len > 1) {
            boolean firstDef = d.w[c.at].article();
            boolean lastDef = d.w[c.at + len - 1].article();
            f[k + (firstDef ? 0 : 1) + (lastDef ? 0 : 2)] = 1;
        }
        k += 4;
        f[k++] = d.info[c.at].trigger() ? 1 : 0;
        f[k++] = len > 1 && d.info[c.at + len - 1].trigger() ? 1 : 0;
        f[k++] = d.info[c.at + len - 1].adjective() ? 1 : 0;
        int left = 0;
        int right = 0;
        int leftWord = -2;
        int rightWord = -2;
        boolean sameLeft = true;
        boolean sameRight = true;
        for (int o = 0; o < c.occurrences; o++) {
            int s = c.start(o);
            int before = s > 0 && !d.boundary[s] && d.content[s - 1] ? d.ids[s - 1] : -1;
            int e = s + len;
            // a closing ordinal continues a phrase too: "القرن السابع" is always "القرن السابع عشر"
            int after = e < d.n && !d.boundary[e] && (d.content[e] || d.closer[e]) ? d.ids[e] : -1;
            left += before >= 0 ? 1 : 0;
            right += after >= 0 ? 1 : 0;
            sameLeft &= before >= 0 && (leftWord == -2 || leftWord == before);
            sameRight &= after >= 0 && (rightWord == -2 || rightWord == after);
            leftWord = before;
            rightWord = after;
        }
        f[k++] = (double) left / c.occurrences;
        f[k++] = (double) right / c.occurrences;
        f[k++] = c.occurrences >= 2 && (sameLeft || sameRight) ? 1 : 0;
        k += 2; // the place in the hand-set order is set by placeInHandOrder
        f[k++] = (double) maxWordTf / Math.max(1, d.maxWordTf());
        f[k++] = len > 1 && d.info[c.at].adjective() && d.w[c.at].bare().endsWith("ي") ? 1 : 0;
        boolean preposition = false;
        for (int i = 1; i < len && !preposition; i++) {
            preposition = withPreposition(d.w[c.at + i]);
        }
        f[k++] = preposition ? 1 : 0;
        return f;
    }

    /** Written with ب, ل or ك before the word (after any و or ف): "للحوثيين", "بسيارة", "وبالأسلحة". */
    static boolean withPreposition(Word w) {
        String s = w.surface();
        if (s.equals(w.bare()) || s.isEmpty()) {
            return false;
        }
        int at = (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && s.length() > 1 && w.bare().charAt(0) != s.charAt(0) ? 1 : 0;
        char p = s.charAt(at);
        return p == 'ب' || p == 'ل' || p == 'ك';
    }

    static void placeInHandOrder(double[] f, int rank, double score, double best) {
        f[HAND_RANK] = lnOnePlus(rank);
        f[HAND_RANK + 1] = Math.log(1e-6 + score) - Math.log(1e-6 + best);
    }

    /** ln(1 + x) of a count: {@code Math.log} is a JIT intrinsic, {@code Math.log1p} is not (it showed in profiles). */
    private static double lnOnePlus(double count) {
        return Math.log(1.0 + count);
    }

    private static double meanIdf(Candidate c, CorpusFrequencies df, long n) {
        double sum = 0;
        int words = 0;
        for (int i = 0; i < c.ids.length; i++) {
            if (!c.particle[i]) {
                sum += df.idf(c.ids[i], n, 1.0);
                words++;
            }
        }
        return words == 0 ? 0 : sum / words;
    }

    private static double cohesion(ArticleWords d, Candidate c) {
        int minTf = Integer.MAX_VALUE;
        for (int i = 0; i < c.ids.length; i++) {
            if (!c.particle[i]) {
                minTf = Math.min(minTf, Math.max(1, d.wordTf(c.ids[i])));
            }
        }
        return (double) c.tf / Math.max(1, minTf);
    }

    /** log(P(phrase) / (P(first) · P(last))) over documents, smoothed; 0 for an empty corpus. */
    private static double pmi(ArticleWords d, Candidate c, CorpusFrequencies df, long n, long phraseDf) {
        if (n <= 0) {
            return 0;
        }
        long first = d.wordTf(c.ids[0]) > 0 ? df.word(c.ids[0]) : 0;
        int lastAt = c.ids.length - 1;
        long last = d.wordTf(c.ids[lastAt]) > 0 ? df.word(c.ids[lastAt]) : 0;
        return Math.log((phraseDf + 0.5) * (n + 1.0) / ((first + 1.0) * (last + 1.0)));
    }

    /** 0.5 (no evidence) unless the head word is common enough for its definite share to have been read. */
    private static double definite(ArticleWords d, Candidate c, CorpusFrequencies df) {
        int head = c.ids[0];
        long fh = d.wordTf(head) > 0 ? df.word(head) : 0;
        if (c.headArticle || fh < CandidateScorer.DEFINITE_MIN_DF) {
            return c.headArticle ? 1.0 : 0.5;
        }
        return (double) df.definite(head) / fh;
    }
}
