package org.khabar.analyze;

/**
 * Scores of tag candidates. A cheap first score (frequency, position, corpus IDF) ranks every candidate; the full
 * score, for a shortlist only, adds what needs more corpus look-ups: collocation evidence of phrases, name likelihood
 * (gazetteer, words following titles such as الرئيس/وزير), noun likelihood (how often a word is seen with ال, which
 * keeps verbs out) and the shape penalties.
 */
final class CandidateScorer {

    /** A first name alone ("عادل", "هبة") is half a tag: the person is the full name. */
    static final double FIRST_NAME_ALONE = 0.3;

    /** Crowd taggers chose 5% of our phrases with an inner و, against 25% of the rest (AKEC train). */
    static final double COORDINATION_PENALTY = 0.1;

    /** Head words seen this often in the corpus are judged by how often they follow a title word. */
    private static final long AFTER_TITLE_MIN_DF = 5;
    /** Head words seen this often in the corpus are judged by how often they carry ال. */
    private static final long DEFINITE_MIN_DF = 20;

    private final KeywordTagger.Weights w;
    private final Gazetteer gazetteer;

    CandidateScorer(KeywordTagger.Weights w, Gazetteer gazetteer) {
        this.w = w;
        this.gazetteer = gazetteer;
    }

    /**
     * A phrase seen at least twice "absorbs" its sub-phrases' occurrences: the words of "عبدالله ولد أربيه" are not
     * tags of their own unless they also occur outside the phrase.
     */
    static void absorb(ArticleWords d) {
        for (Candidate p : d.candidates.all()) {
            p.absorbed = 0;
        }
        for (Candidate p : d.candidates.all()) {
            int len = p.length();
            if (len < 2 || p.tf < 2) {
                continue;
            }
            for (int from = 0; from < len; from++) {
                for (int to = from + 1; to <= len; to++) {
                    if (to - from == len) {
                        continue;
                    }
                    Candidate sub = d.candidates.get(p.ids, from, to - from);
                    if (sub != null) {
                        sub.absorbed = Math.max(sub.absorbed, p.tf);
                    }
                }
            }
        }
    }

    /** Corpus IDF of the candidate's words (name particles aside), raised for phrases by {@code phraseExp}. */
    void idf(Candidate c, CorpusFrequencies df, long n) {
        double idf = 0;
        int words = 0;
        for (int i = 0; i < c.ids.length; i++) {
            if (!c.particle[i]) {
                idf += df.idf(c.ids[i], n, w.idfK());
                words++;
            }
        }
        c.idf = words == 1 ? idf : idf / words * Math.pow(words, w.phraseExp());
    }

    double baseScore(ArticleWords d, Candidate c) {
        double idf = c.idf;
        double eff = Math.max(0, c.tf - c.absorbed);
        double share = c.tf == 0 ? 0 : eff / c.tf;
        double tfRaw = eff + share * (w.title() * c.titleTf + w.lead() * c.leadTf);
        double tf = w.tfExp() == 1.0 ? tfRaw : Math.pow(tfRaw, w.tfExp());
        double pos = 1.0 + w.position() / (1.0 + 10.0 * c.first / Math.max(1, d.n));
        return tf * idf * pos;
    }

    /** Document frequency of a word as the first stage read it: only the article's own content words were read. */
    private static long wordDf(ArticleWords d, CorpusFrequencies df, int id) {
        return d.wordTf(id) > 0 ? df.word(id) : 0L;
    }

    /**
     * Asks {@code df} for the corpus figures {@link #fullScore} will read for {@code c}, and no others: most
     * shortlisted phrases have evidence without their own frequency, and only the head word's figures are read.
     * Word frequencies must have been fetched already (stage 1).
     */
    void wantEvidence(ArticleWords d, Candidate c, CorpusFrequencies df) {
        if (c.score == 0) {
            return; // fullScore stops at a zero base score
        }
        int head = c.ids[0];
        long fh0 = wordDf(d, df, head);
        String key = d.w[c.at].key();
        if (fh0 >= AFTER_TITLE_MIN_DF) {
            df.wantAfterTitle(head, key);
        }
        if (fh0 >= DEFINITE_MIN_DF && !c.headArticle) {
            df.wantDefinite(head, key);
        }
        if (c.length() > 1 && c.tf < 2 && !gazetteer.contains(c.key(d))) {
            df.wantPhrase(c.key(d));
        }
    }

    double fullScore(ArticleWords d, Candidate c, CorpusFrequencies df) {
        double s = baseScore(d, c);
        if (s == 0) {
            return 0;
        }
        String key = c.key(d);
        boolean gaz = gazetteer.contains(key);
        double nameEv = c.afterTitle ? 1.0 : 0.0;
        int head = c.ids[0];
        long fh0 = wordDf(d, df, head);
        if (fh0 >= AFTER_TITLE_MIN_DF) {
            nameEv = Math.max(nameEv, Math.min(1.0, 3.0 * df.afterTitle(head) / fh0));
        }
        if (c.length() > 1) {
            int minTf = Integer.MAX_VALUE;
            for (int i = 0; i < c.ids.length; i++) {
                if (!c.particle[i]) {
                    int tf = d.wordTf(c.ids[i]);
                    minTf = Math.min(minTf, tf == 0 ? 1 : tf);
                }
            }
            double docCohesion = (double) c.tf / Math.max(1, minTf);
            // the phrase frequency is read (and fetched, see wantEvidence) only when nothing else is evidence
            boolean evidence = c.tf >= 2 || gaz || df.phrase(key) >= 3;
            if (!evidence) {
                s *= w.junkPhrase();
            }
            s *= 0.5 + 0.5 * docCohesion;
        }
        if (gaz) {
            s *= w.name() * 1.5;
        } else if (nameEv > 0) {
            s *= 1.0 + (w.name() - 1.0) * nameEv;
        }
        // verbs and adverbs: almost never written with ال; names are exempt
        long fh = fh0;
        if (!gaz && nameEv < 0.2 && !c.headArticle && fh >= DEFINITE_MIN_DF) {
            double definite = (double) df.definite(head) / fh;
            if (definite < 0.05) {
                s *= w.verbPenalty();
            }
        }
        if (c.length() == 1 && !gaz && c.adjective) {
            s *= w.adjective();
        }
        if (c.latin) {
            s *= w.latin();
        }
        if (c.inflected && !gaz) {
            s *= w.inflected();
        }
        if (c.coordinated && !gaz) {
            s *= COORDINATION_PENALTY;
        }
        if (c.givenName) {
            if (c.length() == 1) {
                s *= FIRST_NAME_ALONE;
            } else if (c.length() == 2 || c.particle[1]) {
                s *= w.name(); // "خالد حسين", "دارين أبو عيشة"; longer runs after a first name are rarely one name
            }
        }
        return s;
    }
}
