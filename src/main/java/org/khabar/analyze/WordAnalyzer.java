package org.khabar.analyze;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Proclitic handling and light stemming of single words. The stem is only a grouping key: it may mangle a word
 * (وزارة → وزار), which is harmless because labels always show a surface form. Names from the gazetteer keep their
 * suffixes (روسيا, ماريا are not stemmed). Suffix stripping is Lucene's {@link ArabicStemmer} (light10 suffixes).
 *
 * <p>Proclitic rules (on the folded word; folding maps char to char so positions match the display form):
 * <ul>
 *   <li>و is stripped from words of 4+ letters unless the word is protected (وزير، وكالة، واشنطن …);
 *       ف only before ال, before a hamzated alef or before a gazetteer name as the gazetteer writes it (فرنسا keeps
 *       its ف; فرقة is not ف + الرقة);</li>
 *   <li>لل + X becomes ال + X; بال and كال become ال;</li>
 *   <li>ب ل ك are stripped before a hamzated alef (لأوكرانيا, بإيران — not كأس) or before a gazetteer name (لروسيا, بموسكو);</li>
 *   <li>ال is removed for the key only.</li>
 * </ul>
 */
public final class WordAnalyzer {

    private static final ArabicStemmer STEMMER = new ArabicStemmer();
    /** Analysed words are cached: news vocabulary is Zipfian, so almost every token is a cache hit. */
    private static final int CACHE_LIMIT = 300_000;
    private final ConcurrentHashMap<String, Word> cache = new ConcurrentHashMap<>(1 << 16);
    private final Lexicon lex;

    public WordAnalyzer(Lexicon lex) {
        this.lex = lex;
    }

    public WordAnalyzer() {
        this(Lexicon.get());
    }

    /** Analyses one token's display-normalized text. Non-Arabic tokens get a lower-cased key. */
    public Word analyze(String surface, TokenType type) {
        if (type != TokenType.ARABIC) {
            String k = type == TokenType.HASHTAG ? analyze(surface.substring(1), arabicOrLatin(surface.substring(1))).key()
                    : ArabicNormalizer.fold(surface);
            return new Word(surface, surface, k, false, false, false);
        }
        return analyzeArabic(surface);
    }

    private static TokenType arabicOrLatin(String s) {
        return !s.isEmpty() && ArabicTokenizer.isArabicLetter(s.charAt(0)) ? TokenType.ARABIC : TokenType.LATIN;
    }

    public Word analyzeArabic(String w) {
        Word cached = cache.get(w);
        if (cached != null) {
            return cached;
        }
        Word a = analyzeUncached(w);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // bounded memory; the hot vocabulary refills it at once
        }
        cache.put(w, a);
        return a;
    }

    private Word analyzeUncached(String w) {
        int space = w.indexOf(' ');
        if (space >= 0) {
            return compoundName(w, space);
        }
        String f = ArabicNormalizer.fold(w);
        boolean hamzaNoun = lex.isHamzaContentWord(w);
        boolean stop = lex.isStopword(f) && !hamzaNoun;
        int cut = 0;
        // conjunction و / ف
        if (f.length() >= 4 && !lex.isProtected(f)) {
            char c0 = f.charAt(0);
            if (c0 == 'و') {
                cut = 1;
            } else if (c0 == 'ف') {
                String rest = f.substring(1);
                if (rest.startsWith("ال") || isHamzaAlef(w.charAt(1)) || lex.isSingleNameAsWritten(rest)) {
                    cut = 1;
                }
            }
        }
        String bare = w.substring(cut);
        String fb = f.substring(cut);
        if (cut > 0 && lex.isStopword(fb) && !hamzaNoun) {
            stop = true;
        }
        // prepositions ل ب ك
        if (fb.length() >= 4 && fb.startsWith("لل") && !lex.isProtected(fb)) {
            bare = "ال" + bare.substring(2);
            fb = "ال" + fb.substring(2);
        } else if (fb.length() >= 5 && (fb.startsWith("بال") || fb.startsWith("كال")) && !lex.isProtected(fb)) {
            bare = bare.substring(1);
            fb = fb.substring(1);
        } else if (fb.length() >= 4 && (fb.charAt(0) == 'ب' || fb.charAt(0) == 'ل' || fb.charAt(0) == 'ك') && !lex.isProtected(fb)
                && (isHamzaAlef(bare.charAt(1)) || knownAfterPreposition(fb.substring(1)))) {
            bare = bare.substring(1);
            fb = fb.substring(1);
        }
        if (!stop && lex.isStopword(fb) && !hamzaNoun) {
            stop = true;
        }
        boolean article = fb.length() >= 4 && fb.startsWith("ال");
        String core = article ? fb.substring(2) : fb;
        if (!stop && article && lex.isStopword(core) && core.length() <= 3) {
            stop = true;
        }
        boolean name = lex.isSingleName(core);
        String key = name ? core : stemSuffix(core);
        return new Word(w, bare, key, stop, article, name);
    }

    /**
     * "عبد الفتاح", one word of the tokenizer ({@link ArabicTokenizer#compoundNameEnd}): analysed as the other spelling,
     * عبدالفتاح, so both have one key, and shown as written, with its space.
     */
    private Word compoundName(String w, int space) {
        Word glued = analyzeArabic(w.substring(0, space) + w.substring(space + 1));
        String bare = glued.bare();
        int cut = bare.length() - (w.length() - space - 1); // where the second word starts in the bare form
        if (cut > 0 && cut < bare.length()) {
            bare = bare.substring(0, cut) + " " + bare.substring(cut);
        }
        return new Word(w, bare, glued.key(), glued.stop(), glued.article(), glued.name());
    }

    /**
     * A word ب ل ك may be cut from: a gazetteer name (لروسيا), a given name (لمحمد صلاح) or the first word of a
     * multiword name (لمجلس الأمن، بجنوب السودان, "لمجلس الأمن" was a tag of its own). Other words keep the letter:
     * it is often the word's own (لبنان، كتاب، بنك), and the analyzer has no dictionary to tell.
     */
    private boolean knownAfterPreposition(String rest) {
        return lex.isSingleNameAsWritten(rest) || lex.isGivenName(rest) || lex.isNameHead(rest);
    }

    /**
     * A word the analyzer left whole that may still be ب ل ك + another word ("لترامب"): four letters or more, no
     * stopword, not itself a name, a given name or a protected word, and not opening with a bare alef after the
     * letter (that alef is the word's own: لاعب، كامل، باب; "للاعبين" is read as ال + اعبين). Whether it is one, only
     * an article can tell ({@link ArticleWords}); a typed tag link is read both ways ({@link TagKeys}).
     */
    boolean mayCarryGluedPreposition(Word w) {
        String f = ArabicNormalizer.fold(w.bare());
        return !w.stop() && !w.name() && !w.article() && f.length() >= 4 && "بلك".indexOf(f.charAt(0)) >= 0
                && f.charAt(1) != 'ا' && !f.startsWith("ال") && w.surface().endsWith(w.bare())
                && !lex.isProtected(f) && !lex.isGivenName(f) && !lex.isSingleName(f);
    }

    private static String stemSuffix(String core) {
        char[] c = core.toCharArray();
        int len = STEMMER.stemSuffix(c, c.length);
        return len == c.length ? core : new String(c, 0, len);
    }

    private static boolean isHamzaAlef(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ';
    }
}
