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

    /**
     * A title word starting a tag ("الفنان عادل إمام", "الرئيس بوتين") or standing alone ("الفنان"): the tag an
     * editor files the person under is the name.
     */
    static final double TITLE_LEAD = 0.5;

    /**
     * A phrase found only right after an office or body named by an indefinite head word is the tail of that name
     * ("[وزير] الداخلية التونسي", "[رئيس] الوزراء الإسرائيلي", "[منظمة] الصحة العالمية"): the tag is the whole name
     * or the person, never the tail.
     */
    static final double OFFICE_TAIL = 0.1;

    /**
     * A phrase that ends in an indefinite title or body word ("ميليشيات [حزب الله]", "مؤسس [شركة تسلا]", "قرار
     * [وزير الداخلية]") stops before the name or office that word heads: in Arabic such a word is the first half of a
     * construct whose second half is cut off. Its mirror image is {@link #OFFICE_TAIL}.
     */
    static final double CUT_BEFORE_NAME = 0.1;

    /**
     * A phrase closed by a word of renown ("الموقع الشهير", "موقع التواصل الشهير", "الناشطة البارزة") describes what
     * it points at instead of naming it; the name is written elsewhere in the article ({@link Lexicon#isRenown}).
     */
    static final double CLOSED_BY_RENOWN = 0.1;

    /**
     * A person's title and a definite adjective ("الرئيس الأمريكي", "وزير الخارجية الروسي", "المدرب الإيطالي"), a
     * title alone or an indefinite title and its office ("رئيس الوزراء") describe a person by role: the tag an editor
     * files the story under is the person's name. Every such tag shown on the 80 articles of the editor review was
     * labelled generic or wrong (18 of 18, session 15). The same for a phrase that a definite nationality adjective or
     * a person descriptor opens, outside the gazetteer: it is the tail of one ("[الزعيم] الكوري الشمالي", "[الرئيس]
     * السابق باراك أوباما"). Other definite words in ي are often nouns and open names ("الخارجية الروسية").
     */
    static final double PERSON_DESCRIPTION = 0.1;

    /**
     * A phrase seen once here, in no gazetteer and in fewer than 3 corpus documents is rarely a name or a term
     * ("أميركية بقيمة", a headline's "إريتريا تتفقان"); AKEC train, 5-fold, without → with it: F1@10 0.311 → 0.310,
     * A@5 0.724 → 0.734.
     */
    static final double UNATTESTED_PHRASE = 0.3;
    /** A corpus this small attests too little: a new portal's first articles would lose every two-word name. */
    static final long ATTESTING_CORPUS = 1_000;

    /** Head words seen this often in the corpus are judged by how often they follow a title word. */
    private static final long AFTER_TITLE_MIN_DF = 5;
    /** Head words seen this often in the corpus are judged by how often they carry ال. */
    static final long DEFINITE_MIN_DF = 20;

    private final KeywordTagger.Weights w;
    private final Gazetteer gazetteer;
    /** Read every figure the learned ranker's features use (each phrase's corpus frequency), not only those of fullScore. */
    private final boolean allEvidence;

    CandidateScorer(KeywordTagger.Weights w, Gazetteer gazetteer, boolean allEvidence) {
        this.w = w;
        this.gazetteer = gazetteer;
        this.allEvidence = allEvidence;
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
            if (len < 2 || p.tf < 2 || opensWithDescriptor(d, p)) {
                continue; // a description's tail absorbs nothing: "باراك أوباما" keeps its mentions in "السابق باراك أوباما"
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
    void idf(Candidate c, double[] tokenIdf) {
        double idf = 0;
        int words = 0;
        for (int i = 0; i < c.ids.length; i++) {
            if (!c.particle[i]) {
                idf += tokenIdf[c.at + i]; // the candidate's words are those of its first occurrence
                words++;
            }
        }
        c.idf = words == 1 ? idf : idf / words * Math.pow(words, w.phraseExp());
    }

    /**
     * IDF of every weighed word of the article, by token: read once per token rather than once per candidate word
     * (three windows share each word, and each read is a look-up in vocabulary-sized arrays).
     */
    double[] tokenIdf(ArticleWords d, CorpusFrequencies df, long n) {
        double[] out = new double[d.n];
        for (int i = 0; i < d.n; i++) {
            if (d.content[i] && !d.particle[i]) {
                out[i] = df.idf(d.ids[i], n, w.idfK());
            }
        }
        return out;
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
        if (c.score == 0 && !allEvidence) {
            return; // fullScore stops at a zero base score; the ranker's features read the figures anyway
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
        if (c.length() > 1 && (allEvidence || (c.tf < 2 && !gazetteer.contains(c.key(d))))) {
            df.wantPhrase(c.key(d)); // the learned ranker reads every phrase's frequency
        }
    }

    /**
     * The rules an editor holds to whatever the learned ranker says, as a factor on its probability: no coordinated
     * lists, no first name alone, no title word leading a name or standing alone, no phrase nothing attests.
     */
    double editorialFactor(ArticleWords d, Candidate c, CorpusFrequencies df, long n) {
        double f = 1.0;
        if (c.coordinated && !gazetteer.contains(c.key(d))) {
            f *= COORDINATION_PENALTY;
        }
        if (c.givenName && c.length() == 1) {
            f *= FIRST_NAME_ALONE;
        }
        if (d.info[c.at].trigger()) {
            f *= TITLE_LEAD;
        }
        if (c.officeTail && c.length() > 1) {
            f *= OFFICE_TAIL;
        }
        if (c.length() > 1 && endsBeforeName(d.info[c.at + c.length() - 1])) {
            f *= CUT_BEFORE_NAME;
        }
        if (c.length() > 1 && d.info[c.at + c.length() - 1].renown()) {
            f *= CLOSED_BY_RENOWN;
        }
        if (isDescription(d, c) && !gazetteer.contains(c.key(d))) {
            f *= PERSON_DESCRIPTION;
        }
        if (n >= ATTESTING_CORPUS && c.length() > 1 && c.tf < 2 && !gazetteer.contains(c.key(d))
                && df.phrase(c.key(d)) < 3) {
            f *= UNATTESTED_PHRASE;
        }
        return f;
    }

    /** An indefinite name trigger: "حزب", "شركة", "وزير" head the name or office written after them. */
    static boolean endsBeforeName(WordFacts last) {
        return last.trigger() && !last.article();
    }

    /** "[الزعيم] الكوري الشمالي", "[الرئيس] السابق باراك أوباما": the tail of a description, the name cut in. */
    private static boolean opensWithDescriptor(ArticleWords d, Candidate c) {
        WordFacts first = d.info[c.at];
        return c.length() > 1 && first.article() && (first.personDescriptor()
                || first.adjective() && CountryAdjectives.get().isAdjectiveKey(first.word().key()));
    }

    /** A phrase that describes a person ({@link #PERSON_DESCRIPTION}). */
    static boolean isDescription(ArticleWords d, Candidate c) {
        return describesPerson(d, c) || opensWithDescriptor(d, c);
    }

    /**
     * A person's title with nothing but descriptions of the person (alone it is never a tag: {@link Lexicon#isNeverAlone}):
     * before a definite adjective or a descriptor ({@link Lexicon#isPersonDescriptor}) anywhere after it ("الرئيس
     * الأمريكي", "إعلان الرئيس الأمريكي", "الرئيس الأميركي دونالد", a cut name; "الرئيس السابق"), or, when
     * the title lacks ال, before an office ("رئيس الوزراء", "وزير الخارجية": a name follows a definite title, "الرئيس
     * بوتين", an office an indefinite one).
     */
    private static boolean describesPerson(ArticleWords d, Candidate c) {
        int end = c.at + c.length();
        for (int i = c.at; i < end; i++) {
            if (!d.info[i].personTitle()) {
                continue;
            }
            boolean allDefinite = true;
            for (int j = i + 1; j < end; j++) {
                if (d.info[j].adjective() || d.info[j].personDescriptor()) {
                    return true;
                }
                allDefinite &= d.info[j].article();
            }
            if (i == c.at && allDefinite && !d.info[i].article()) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's signals for the learned ranker, beside its hand-set {@code fullScore}. */
    double[] features(ArticleWords d, Candidate c, CorpusFrequencies df, long n, double fullScore, int handRank,
                      double bestFullScore) {
        boolean gaz = gazetteer.contains(c.key(d));
        double[] f = CandidateFeatures.of(d, c, df, n, fullScore, baseScore(d, c), gaz, nameEvidence(d, c, df));
        CandidateFeatures.placeInHandOrder(f, handRank, fullScore, bestFullScore);
        return f;
    }

    private double nameEvidence(ArticleWords d, Candidate c, CorpusFrequencies df) {
        double nameEv = c.afterTitle ? 1.0 : 0.0;
        int head = c.ids[0];
        long fh0 = wordDf(d, df, head);
        if (fh0 >= AFTER_TITLE_MIN_DF) {
            nameEv = Math.max(nameEv, Math.min(1.0, 3.0 * df.afterTitle(head) / fh0));
        }
        return nameEv;
    }

    double fullScore(ArticleWords d, Candidate c, CorpusFrequencies df) {
        double s = baseScore(d, c);
        if (s == 0) {
            return 0;
        }
        String key = c.key(d);
        boolean gaz = gazetteer.contains(key);
        double nameEv = nameEvidence(d, c, df);
        int head = c.ids[0];
        long fh0 = wordDf(d, df, head);
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
