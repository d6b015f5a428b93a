package org.khabar.analyze;

import org.apache.lucene.internal.hppc.IntHashSet;

/**
 * One article analysed for tagging: its words with their facts, the segments they sit in, and its candidates
 * (1–3-word windows that stay inside a punctuation-bounded segment and hold no stopword; name particles such as
 * بن may lengthen a window, never start or end it; a closing ordinal such as الثانية may end a window of two or more
 * words, {@link Lexicon#isPhraseCloser}).
 */
final class ArticleWords {
    final Word[] w;
    final WordFacts[] info;
    /** Key id of each word (see {@link Vocabulary}). */
    final int[] ids;
    final boolean[] content;
    final boolean[] afterTitle;
    final boolean[] inTitle;
    final boolean[] inLead;
    final boolean[] boundary;
    final boolean[] particle;
    final boolean[] closer;
    final boolean[] blocksStart;
    /** The word was read as a glued ب ل ك and another word ({@link #readGluedPrepositions}). */
    final boolean[] unglued;
    final int n;
    final PhraseTable candidates;
    private int maxWordTf = -1;

    /** The body as analysed: without its dateline and teasers. */
    final String body;
    final Vocabulary vocabulary;

    /** For tests: a fresh {@link WordCache} on {@code vocabulary}. */
    ArticleWords(String title, String body, Vocabulary vocabulary) {
        this(title, body, new WordCache(vocabulary));
    }

    ArticleWords(String title, String body, WordCache words) {
        this.body = body;
        this.vocabulary = words.vocabulary;
        ArticleTokens tokens = new ArticleTokens(words, (title.length() + body.length()) / 5 + 4);
        tokens.scan(title);
        int titleTokens = tokens.size();
        tokens.scan(body);
        n = tokens.size();
        w = new Word[n];
        info = new WordFacts[n];
        ids = new int[n];
        content = new boolean[n];
        afterTitle = new boolean[n];
        inTitle = new boolean[n];
        inLead = new boolean[n];
        boundary = new boolean[n];
        particle = new boolean[n];
        closer = new boolean[n];
        blocksStart = new boolean[n];
        unglued = new boolean[n];
        WordFacts[] read = readGluedPrepositions(tokens);
        int para = 0;
        for (int i = 0; i < n; i++) {
            boolean isTitle = i < titleTokens;
            TokenType type = tokens.type(i);
            boolean wordLike = type == TokenType.ARABIC || type == TokenType.LATIN;
            WordFacts in = read[i];
            info[i] = in;
            w[i] = in.word();
            ids[i] = in.keyId();
            inTitle[i] = isTitle;
            if (!isTitle && tokens.paragraphBefore(i) && i > titleTokens) {
                para++;
            }
            inLead[i] = !isTitle && para == 0;
            boundary[i] = tokens.boundaryBefore(i) || i == titleTokens || !wordLike;
            particle[i] = in.particle();
            closer[i] = wordLike && in.closer();
            blocksStart[i] = in.blocksStart();
            content[i] = wordLike && (particle[i] ? !in.word().stop() : in.contentShape());
            if (i > 0 && info[i - 1].trigger() && !boundary[i]) {
                afterTitle[i] = true;
            }
        }
        candidates = new PhraseTable(n * 2);
        for (int i = 0; i < n; i++) {
            if (!content[i]) {
                continue;
            }
            if (particle[i] && blocksStart[i]) {
                continue;
            }
            // "[عبد] الفتاح السيسي", "[أبو] بكر البغدادي": a compound name's second half opens no tag; its word still counts
            boolean secondHalf = i > 0 && !boundary[i] && particle[i - 1] && !blocksStart[i - 1] && content[i - 1];
            int particles = 0;
            for (int len = 1; len <= 3 + particles && i + len <= n; len++) {
                int j = i + len - 1;
                if (len > 1 && secondHalf) {
                    break;
                }
                if (len > 1 && (boundary[j] || !content[j])) {
                    if (!boundary[j] && closer[j] && !particle[j - 1]) {
                        add(i, len, true); // "الحرب العالمية الثانية": an ordinal may close a phrase, as its last word
                    }
                    break; // phrases never cross punctuation and hold no stopword
                }
                if (len == 2 && info[i].adjective() && !info[j].article() && !particle[j]) {
                    break; // "البرازيلي نيمار", "الإسباني لكرة القدم": a definite adjective never opens a phrase
                }           // whose next word lacks ال; the name or the noun phrase is the tag, not the glue
                if (particle[j]) {
                    particles++;
                    continue; // a name particle never ends a tag
                }
                // a word is counted where it occurs; "الفيديو", "شاهد" (the form of a report) are tags only inside longer ones
                add(i, len, len > 1 || !secondHalf && !info[i].neverAlone());
            }
        }
    }

    /**
     * Each token's facts, where a word that may carry a glued ب ل ك (لترامب، بنزيف) is read as the preposition and
     * the other word when the article also writes that word without it, in the same form save ال (ترامب، النزيف):
     * then "لترامب" counts for ترامب, and "لريال مدريد" is the tag "ريال مدريد". Without such evidence the word
     * stays whole (لبنان).
     */
    private WordFacts[] readGluedPrepositions(ArticleTokens tokens) {
        WordFacts[] read = new WordFacts[n];
        boolean glued = false;
        for (int i = 0; i < n; i++) {
            read[i] = tokens.facts(i);
            glued |= read[i].unglued() != null;
        }
        if (!glued) {
            return read;
        }
        IntHashSet written = new IntHashSet(n * 2);
        for (WordFacts f : read) {
            written.add(f.formId());
        }
        for (int i = 0; i < n; i++) {
            WordFacts u = read[i].unglued();
            if (u != null && written.contains(u.formId())) {
                read[i] = u;
                unglued[i] = true;
            }
        }
        return read;
    }

    /** Counts the window at {@code i} of {@code len} words; {@code alone}: here a one-word window may be a tag. */
    private void add(int i, int len, boolean alone) {
        for (int k = 1; k < len; k++) {
            for (int m = 0; m < k; m++) {
                if (ids[i + m] == ids[i + k]) {
                    return; // "الصراع الصراع": a repeated word is never a phrase
                }
            }
        }
        Candidate c = candidates.get(ids, i, len);
        if (c == null) {
            c = newCandidate(i, len, candidates.size());
            boolean latin = true;
            for (int k = 0; k < len; k++) {
                latin &= info[i + k].latinScript();
                c.inflected |= info[i + k].inflected();
            }
            c.latin = latin;
            c.adjective = len == 1 && info[i].adjective();
            c.givenName = info[i].givenName();
            candidates.add(c);
        }
        c.officeTail = (c.tf == 0 || c.officeTail) && officeTail(i);
        c.alone = (c.tf == 0 || c.alone) && alone;
        c.tf++;
        if (inTitle[i]) {
            c.titleTf++;
        } else if (inLead[i]) {
            c.leadTf++;
        }
        if (info[i].article()) {
            c.headArticle = true;
        }
        if (afterTitle[i]) {
            c.afterTitle = true;
        }
        int pos = inTitle[i] ? 0 : i;
        if (pos < c.first) {
            c.first = pos;
        }
        c.occursAt(i);
    }

    /** Right after an indefinite office or body word ("وزير", "منظمة"), itself with ال: a construct's second noun. */
    private boolean officeTail(int i) {
        return afterTitle[i] && !info[i - 1].article() && info[i].article();
    }

    private Candidate newCandidate(int i, int len, int seq) {
        int[] ks = new int[len];
        boolean[] pt = new boolean[len];
        // String.hashCode of "k1 k2 k3", from the words' hashes: h(A + " " + B) = (h(A)·31 + ' ')·31^|B| + h(B)
        int h = info[i].keyHash();
        for (int k = 0; k < len; k++) {
            ks[k] = ids[i + k];
            pt[k] = particle[i + k] || closer[i + k]; // neither carries weight of its own
            if (k > 0) {
                h = (h * 31 + ' ') * info[i + k].keyPow() + info[i + k].keyHash();
            }
        }
        Candidate c = new Candidate(ks, pt, h, i, seq);
        for (int k = 1; k < len; k++) {
            c.coordinated |= conjoined(i + k) && !closer[i + k]; // "الحادي والعشرين" is one number
        }
        return c;
    }

    /**
     * Occurrences of a (non-particle content) word key in this article; 0 if it has none. Every such occurrence adds
     * one to the word's one-word candidate, so its count is the word's, with no separate map to fill.
     */
    int wordTf(int id) {
        Candidate c = candidates.getWord(id);
        return c == null ? 0 : c.tf;
    }

    /** Occurrences of the article's most frequent content word. */
    int maxWordTf() {
        if (maxWordTf < 0) {
            int m = 0;
            for (Candidate c : candidates.all()) {
                if (c.length() == 1) {
                    m = Math.max(m, c.tf);
                }
            }
            maxWordTf = m;
        }
        return maxWordTf;
    }

    /** The word was written with a leading conjunction و that the analyzer stripped. */
    boolean conjoined(int i) {
        return info[i].conjoined();
    }

    /** The phrase of {@code len} words at token {@code i}, as a candidate seen there once. */
    Candidate phraseAt(int i, int len) {
        Candidate c = newCandidate(i, len, -1);
        c.tf = 1;
        c.first = i;
        c.occursAt(i);
        return c;
    }

    /** The label a reader sees: bare first word (ال kept, proclitics dropped), later words as written. */
    String labelAt(int i, int len) {
        if (len == 1) {
            return w[i].bare();
        }
        StringBuilder b = new StringBuilder(w[i].bare());
        for (int k = 1; k < len; k++) {
            // the facts were made from this very display form; a word read as a glued preposition and another word
            // shows that word, so that the label, typed anywhere, has the tag's key ("رسالة ترامب", not "رسالة لترامب")
            b.append(' ').append(unglued[i + k] ? w[i + k].bare() : w[i + k].surface());
        }
        return b.toString();
    }
}
