package org.khabar.analyze;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tagger's memory of words seen so far: the facts of each written form and an int id for each matching key.
 * News vocabulary is Zipfian, so nearly every token is found here and analysed only once. Bounded: when full, the
 * tagger starts a new vocabulary (ids are never reused within one, so an article analysed meanwhile stays consistent).
 */
final class Vocabulary {

    /** Words inside names (سلطان بن زايد، عبدالله ولد أربيه) that never start or end a tag. */
    static final Set<String> NAME_PARTICLES = Set.of("بن", "ابن", "بنت", "ولد", "ابو", "ابي", "ابا", "عبد", "ال", "ام", "ذو");

    /** Particles that may start a name (أبو مازن، عبد الله، آل سعود). */
    static final Set<String> NAME_STARTS = Set.of("ابو", "عبد", "ال", "ام", "ذو");

    static final int LIMIT = 300_000;

    private final ConcurrentHashMap<String, WordFacts> facts = new ConcurrentHashMap<>(1 << 16);
    private final ConcurrentHashMap<String, Integer> keyIds = new ConcurrentHashMap<>(1 << 16);
    private final AtomicInteger nextId = new AtomicInteger();
    private volatile boolean oddKeys;
    private final ConcurrentHashMap<String, Integer> formIds = new ConcurrentHashMap<>(1 << 16);
    private final AtomicInteger nextFormId = new AtomicInteger();
    private final WordAnalyzer words;
    private final Lexicon lex;

    Vocabulary(WordAnalyzer words, Lexicon lex) {
        this.words = words;
        this.lex = lex;
    }

    boolean full() {
        return facts.size() >= LIMIT;
    }

    /** Upper bound of the key ids handed out so far. */
    int idCount() {
        return nextId.get();
    }

    /**
     * False for a key no word has ({@link #oddKeys} aside): one with a space or a control character (phrases, other
     * stages' namespaced keys) or the tagger's definite or after-title prefix.
     */
    static boolean mayBeWordKey(String key) {
        if (key.startsWith(KeywordTagger.DEFINITE) || key.startsWith(KeywordTagger.AFTER_TITLE)) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) <= ' ') {
                return false;
            }
        }
        return true;
    }

    /** Some word key handed out so far fails {@link #mayBeWordKey} (a Latin word written "d:x", say). */
    boolean oddKeys() {
        return oddKeys;
    }

    /** The id of a word key handed out so far, or -1. */
    int idOfKey(String key) {
        Integer id = keyIds.get(key);
        return id == null ? -1 : id;
    }

    /** The facts of the word whose display form is {@code form}, a token of the given type. */
    WordFacts of(String form, TokenType type) {
        String cacheKey = type == TokenType.ARABIC ? form : type.ordinal() + "\u0000" + form;
        WordFacts f = facts.get(cacheKey);
        if (f == null) {
            f = analyse(form, type);
            WordFacts raced = facts.putIfAbsent(cacheKey, f);
            if (raced != null) {
                f = raced;
            }
        }
        return f;
    }

    private WordFacts analyse(String form, TokenType type) {
        Word w = words.analyze(form, type);
        String fb = ArabicNormalizer.fold(w.bare());
        boolean particle = NAME_PARTICLES.contains(fb);
        boolean adjective = w.article() && !w.name() && (fb.endsWith("ي") || fb.endsWith("يه"));
        int id = keyIds.computeIfAbsent(w.key(), k -> {
            if (!mayBeWordKey(k)) oddKeys = true;
            return nextId.getAndIncrement();
        });
        return new WordFacts(w, id, w.key().hashCode(), WordFacts.pow31(w.key().length()), particle,
                particle && !NAME_STARTS.contains(fb), lex.isNameTrigger(fb), inflectedShape(w.bare()), adjective,
                w.bare().isEmpty() || !ArabicTokenizer.isArabicLetter(w.bare().charAt(0)), !w.article() && lex.isGivenName(fb),
                w.stop() && lex.isPhraseCloser(fb), WordFacts.contentShape(w), w.article(), WordFacts.conjoined(w),
                lex.isNeverAlone(fb), lex.isPersonTitle(fb), lex.isPersonDescriptor(fb), lex.isRenown(fb),
                type == TokenType.ARABIC ? unglued(w) : null,
                formIds.computeIfAbsent(w.article() ? fb.substring(2) : fb, k -> nextFormId.getAndIncrement()));
    }

    /**
     * The reading of a word as ب ل ك + another word ("لترامب" as ترامب), for a word that may be one
     * ({@link WordAnalyzer#mayCarryGluedPreposition}: four letters or more) and whose rest is a content word. The
     * analyzer cuts the letter only before names it knows: elsewhere it is as often the word's own (لبنان، كتاب، بنك),
     * so an article decides, by writing the rest on its own too, in the same form save ال ({@link ArticleWords}; a
     * shared stem key is not enough: بطاقات is not ب + طاقات where الطاقة is written).
     */
    private WordFacts unglued(Word w) {
        if (!words.mayCarryGluedPreposition(w)) {
            return null;
        }
        WordFacts rest = of(w.bare().substring(1), TokenType.ARABIC);
        if (!rest.contentShape() || rest.particle() || rest.word().article()
                || !rest.word().bare().equals(w.bare().substring(1))) {
            return null; // "بالـ…" and "لل…" are read by the analyzer already; a rest it changes again is no plain word
        }
        return rest.writtenAs(w.surface(), WordFacts.conjoined(w));
    }

    /**
     * The attached "his" (بلاده، ناديه، فواتيره، اهتمامه): a final ه in the display form, where ة is still written ة;
     * not a final اه (مياه، اتجاه), the name of God (نصرالله، عبدالله), وجه or the pound (الجنيه).
     */
    private static boolean hisPronoun(String bare) {
        return bare.endsWith("ه") && !bare.endsWith("اه") && !bare.endsWith("لله") && !bare.endsWith("وجه")
                && !bare.endsWith("جنيه");
    }

    /**
     * Words that carry an attached pronoun or a verb ending (ديوانه، فيلمهم، ليجدوا، تعهدوه) are not how an editor
     * writes a tag. Checked on the display form, where teh marbuta (ة) still differs from the pronoun after ت (ته).
     */
    static boolean inflectedShape(String bare) {
        int n = bare.length();
        if (n < 4 || !ArabicTokenizer.isArabicLetter(bare.charAt(0))) {
            return false;
        }
        char c0 = bare.charAt(0);
        if (c0 == 'ي' || (c0 == 'ف' && "يتنل".indexOf(bare.charAt(1)) >= 0)) {
            return true; // imperfect verb (يتشدد) or ف + verb (فيصدق، فلنسافر); nouns in ي are rare, names are exempt
        }
        return hisPronoun(bare) || bare.endsWith("هم") || bare.endsWith("هما") || bare.endsWith("هن") || bare.endsWith("كم")
                || bare.endsWith("وا") || bare.endsWith("وه") || bare.endsWith("ته") || bare.endsWith("تها")
                || (n >= 5 && bare.endsWith("ها") && !bare.startsWith("ال")) || bare.startsWith("لي") || bare.startsWith("لت");
    }
}
