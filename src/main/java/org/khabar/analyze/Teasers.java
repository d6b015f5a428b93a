package org.khabar.analyze;

import org.khabar.store.CorpusStats;

/**
 * Teasers of other articles inside a body: a paragraph that opens like another article's opening paragraph is a
 * "read also" blurb that came along with the page, not this report. ANT's CNN bodies end with several (a report on
 * Idlib ends with five openings of Khashoggi reports, which became its tags); a teaser is often the opening cut
 * short, so openings are compared by their first {@link #KEY_LETTERS} letters. Every article counts its own opening
 * paragraph in the corpus statistics under a {@link #leadKey}; a later paragraph whose key has been counted is
 * skipped by analysis. The text shown keeps it. Only blurbs of counted articles are found: one reworded, or of an
 * article the corpus lacks, stays. Short paragraphs are never keys: "وقال مصدر أمني" may open two reports.
 */
final class Teasers {

    /** Letters and digits compared: a paragraph with fewer is neither a lead nor a teaser. */
    static final int KEY_LETTERS = 100;
    /** Corpus key prefix; no word key holds a pilcrow. */
    static final String PREFIX = "¶";

    private Teasers() {
    }

    /** The key of the opening paragraph of {@code body} (dateline already removed), or null when it is too short. */
    static String leadKey(String body) {
        int end = body.indexOf('\n');
        return keyOf(end < 0 ? body : body.substring(0, end));
    }

    /** {@code body} without its later paragraphs that open other articles counted in {@code stats}. */
    static String strip(String body, CorpusStats stats) {
        LaterParagraphs later = stats.documentCount() == 0 ? null : LaterParagraphs.read(body, Teasers::keyOf, stats);
        if (later == null) {
            return body;
        }
        boolean[] teaser = new boolean[later.size()];
        for (int i = 1; i < later.size(); i++) {
            teaser[i] = later.documents(i) > 0;
        }
        return later.without(teaser);
    }

    /**
     * 64-bit FNV-1a over the first {@link #KEY_LETTERS} letters and digits of a paragraph, folded; null for a
     * paragraph with fewer.
     */
    static String keyOf(String paragraph) {
        String folded = ArabicNormalizer.fold(paragraph.length() <= 4 * KEY_LETTERS ? paragraph
                : paragraph.substring(0, 4 * KEY_LETTERS));
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        for (int i = 0; i < folded.length() && letters < KEY_LETTERS; i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * 0x100000001b3L;
                letters++;
            }
        }
        return letters < KEY_LETTERS ? null : PREFIX + Long.toHexString(h);
    }
}
