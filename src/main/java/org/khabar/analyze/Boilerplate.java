package org.khabar.analyze;

import java.util.LinkedHashSet;
import java.util.Set;
import org.khabar.store.CorpusStats;

/**
 * An outlet's standing lines inside bodies: "جميع المقالات المنشورة تمثل رأي كتابها فقط" (458 ANT articles), the BBC
 * app notice (859), "*نقلاً عن الرؤية الإماراتية", "حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية". They are not
 * the report, and became its tags ("المقالات المنشورة", "تمثل", "حقوق النشر محفوظة"). Every article counts each of
 * its short paragraphs in the corpus statistics under a {@link #PREFIX} key; a later paragraph counted by at least
 * {@link #MIN_DOCUMENTS} documents is skipped by analysis, the text shown keeps it. Syndicated copies share whole
 * paragraphs too, so nothing is skipped when the recurring paragraphs would be half the body or more: a copy's text
 * is its own report.
 */
final class Boilerplate {

    /** Corpus key prefix; no word key holds a section sign. */
    static final String PREFIX = "§";
    /** Documents that must hold a paragraph before it is an outlet's standing line. */
    static final long MIN_DOCUMENTS = 5;
    /** Letters and digits a paragraph needs to be counted ("فرانس 24/ أ ف ب" has 9). */
    static final int MIN_LETTERS = 8;
    /** Standing lines are short: a longer paragraph is never counted. */
    static final int MAX_LETTERS = 300;

    private Boilerplate() {
    }

    /** The distinct keys of the short paragraphs of {@code body}, for the corpus statistics. */
    static Set<String> keys(String body) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : body.split("\n")) {
            String k = keyOf(p);
            if (k != null) out.add(k);
        }
        return out;
    }

    /** {@code body} without its later paragraphs that are standing lines of the corpus. */
    static String strip(String body, CorpusStats stats) {
        LaterParagraphs later = stats.documentCount() < MIN_DOCUMENTS ? null : LaterParagraphs.read(body, Boilerplate::keyOf, stats);
        if (later == null) {
            return body;
        }
        boolean[] standing = new boolean[later.size()];
        int standingLength = 0;
        for (int i = 1; i < later.size(); i++) {
            standing[i] = later.documents(i) >= MIN_DOCUMENTS;
            standingLength += standing[i] ? later.paragraph(i).length() : 0;
        }
        return standingLength * 2 >= body.length() ? body : later.without(standing);
    }

    /** 64-bit FNV-1a over all letters and digits of a short paragraph, folded; null for too few or too many. */
    static String keyOf(String paragraph) {
        if (paragraph.length() > 4 * MAX_LETTERS) {
            return null;
        }
        String folded = ArabicNormalizer.fold(paragraph);
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * 0x100000001b3L;
                if (++letters > MAX_LETTERS) return null;
            }
        }
        return letters < MIN_LETTERS ? null : PREFIX + Long.toHexString(h);
    }
}
