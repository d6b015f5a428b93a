package org.khabar.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The word lists the analysis relies on, loaded once from resource files in this package: news stopwords (plus
 * Lucene's Arabic list), the gazetteer of places and organisations, words whose first letter looks like a proclitic
 * but is not, and the titles after which names follow. All sets hold folded forms ({@link ArabicNormalizer#fold}).
 */
public final class Lexicon {

    static final String STOPWORDS = "stopwords-news.txt";
    static final String CLITIC_PROTECTED = "clitic-protected.txt";
    static final String NAME_TRIGGERS = "name-triggers.txt";
    static final String PHRASE_CLOSERS = "phrase-closers.txt";
    static final String NEVER_ALONE = "never-alone.txt";
    static final String PERSON_DESCRIPTORS = "person-descriptors.txt";
    static final String RENOWN_WORDS = "renown-words.txt";
    static final String GIVEN_NAMES = "given-names.txt";
    static final String GAZETTEER = "gazetteer.txt";
    static final String ENTITY_ALIASES = "entity-aliases.txt";
    /** Every word list the lexicon reads (a change to any of them changes tags: {@link KeywordTagger#version}). */
    static final List<String> RESOURCES = List.of(STOPWORDS, CLITIC_PROTECTED, NAME_TRIGGERS, PHRASE_CLOSERS, NEVER_ALONE,
            PERSON_DESCRIPTORS, RENOWN_WORDS,
            GIVEN_NAMES, GAZETTEER, ENTITY_ALIASES);

    private static final Lexicon DEFAULT = new Lexicon();

    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> protectedWords = new HashSet<>();
    private final Set<String> nameTriggers = new HashSet<>();
    /** The name triggers that title a person (الرئيس، وزير، المدرب), not a body or a place (حزب، مدينة). */
    private final Set<String> personTitles = new HashSet<>();
    /** Words that describe a person after a title (السابق، الراحل، الجديد), folded. */
    private final Set<String> personDescriptors = new HashSet<>();
    /** Words of renown that close a description ("[الموقع] الشهير", "[الناشطة] البارزة"), folded. */
    private final Set<String> renownWords = new HashSet<>();
    /** Stopwords that may close a phrase ("الحرب العالمية الثانية"), folded. */
    private final Set<String> phraseClosers = new HashSet<>();
    /** Content words that are never a tag alone ("الفيديو", "شاهد"), folded. */
    private final Set<String> neverAlone = new HashSet<>();
    /** Common given names, folded: a phrase starting with one is likely a person ("عادل إمام"). */
    private final Set<String> givenNames = new HashSet<>();
    /** First words of multiword gazetteer names, folded, without ال, of 4 letters or more (مجلس، منظمة، جنوب). */
    private final Set<String> nameHeads = new HashSet<>();
    private static final int NAME_HEAD_MIN_LETTERS = 4;
    /** Single-word gazetteer names, folded and without ال (روسيا, ناتو, كييف). */
    private final Set<String> singleNames = new HashSet<>();
    /** Single-word gazetteer names written without ال (روسيا), folded; الرقة is not one of them. */
    private final Set<String> bareSingleNames = new HashSet<>();
    /** Raw gazetteer entries (display form); turned into keys lazily by {@link Gazetteer}. */
    private final List<String> gazetteerEntries = new ArrayList<>();
    /** The gazetteer's countries (display form), in file order. */
    private final List<String> countries = new ArrayList<>();
    /** Names of one entity (display form), the name its tag page is known by first. */
    private final List<List<String>> aliasGroups = new ArrayList<>();

    private Lexicon() {
        for (Object o : ArabicAnalyzer.getDefaultStopSet()) {
            stopwords.add(ArabicNormalizer.fold(ArabicNormalizer.normalize(new String((char[]) o))));
        }
        for (String w : words(STOPWORDS)) {
            stopwords.add(ArabicNormalizer.fold(ArabicNormalizer.normalize(w)));
        }
        for (String w : words(CLITIC_PROTECTED)) {
            String f = ArabicNormalizer.fold(ArabicNormalizer.normalize(w));
            protectedWords.add(f);
        }
        for (Map.Entry<String, List<String>> section : sections(NAME_TRIGGERS).entrySet()) {
            for (String line : section.getValue()) {
                for (String w : line.split("\\s+")) {
                    String f = ArabicNormalizer.fold(ArabicNormalizer.normalize(w));
                    nameTriggers.add(f);
                    if (section.getKey().equals("persons")) {
                        personTitles.add(f);
                        neverAlone.add(f); // "الرئيس", "المدرب": the person is the tag, not the office
                    }
                    if (section.getKey().equals("bodies and places")) neverAlone.add(f); // "حزب" is half of "حزب الله"
                }
            }
        }
        for (String w : words(PHRASE_CLOSERS)) {
            phraseClosers.add(ArabicNormalizer.fold(ArabicNormalizer.normalize(w)));
        }
        for (String w : words(PERSON_DESCRIPTORS)) {
            String f = ArabicNormalizer.fold(ArabicNormalizer.normalize(w));
            personDescriptors.add(f);
            neverAlone.add(f); // "السابق" alone says nothing
        }
        for (String w : words(RENOWN_WORDS)) {
            renownWords.add(ArabicNormalizer.fold(ArabicNormalizer.normalize(w)));
        }
        for (String w : words(NEVER_ALONE)) {
            neverAlone.add(ArabicNormalizer.fold(ArabicNormalizer.normalize(w)));
        }
        for (String w : words(GIVEN_NAMES)) {
            String f = ArabicNormalizer.fold(ArabicNormalizer.normalize(w));
            givenNames.add(f);
            protectedWords.add(f); // وليد، وائل: their و is part of the name
        }
        for (Map.Entry<String, List<String>> section : sections(GAZETTEER).entrySet()) {
            for (String line : section.getValue()) {
                String entry = ArabicNormalizer.normalize(line);
                gazetteerEntries.add(entry);
                if (entry.indexOf(' ') < 0) {
                    String folded = ArabicNormalizer.fold(entry);
                    singleNames.add(withoutArticle(folded));
                    if (withoutArticle(folded).equals(folded)) bareSingleNames.add(folded);
                } else {
                    String head = withoutArticle(ArabicNormalizer.fold(entry.substring(0, entry.indexOf(' '))));
                    if (head.length() >= NAME_HEAD_MIN_LETTERS) nameHeads.add(head); // "سان" would take لسان
                }
                if (section.getKey().equals("countries")) {
                    countries.add(entry);
                }
            }
        }
        for (String line : lines(ENTITY_ALIASES)) {
            List<String> names = new ArrayList<>();
            for (String name : line.split("\\|")) {
                if (!name.isBlank()) names.add(ArabicNormalizer.normalize(name.strip()));
            }
            aliasGroups.add(List.copyOf(names));
        }
    }

    public static Lexicon get() {
        return DEFAULT;
    }

    /** True for a folded word that is a stopword. */
    public boolean isStopword(String folded) {
        return stopwords.contains(folded);
    }

    /**
     * True for a folded word whose initial و ف ب ل ك belongs to the word. The list is bare letters: a word written
     * with diacritics ("ورشاً") is also looked up without them.
     */
    public boolean isProtected(String folded) {
        if (listedProtected(folded)) return true;
        String bare = ArabicNormalizer.fold(ArabicNormalizer.normalize(folded));
        return !bare.equals(folded) && listedProtected(bare);
    }

    private boolean listedProtected(String folded) {
        if (protectedWords.contains(folded) || (folded.startsWith("ال") && protectedWords.contains(folded.substring(2)))) {
            return true;
        }
        // the accusative ending: "عين وزيرا للداخلية" is وزير, not و + زيرا
        return folded.length() >= 4 && folded.endsWith("ا") && protectedWords.contains(folded.substring(0, folded.length() - 1));
    }

    /** True for a folded word (without ال) that opens a multiword gazetteer name ("مجلس" of "مجلس الأمن"). */
    public boolean isNameHead(String foldedCore) {
        return nameHeads.contains(foldedCore);
    }

    /** True for a folded word (without ال) that is a single-word gazetteer name. */
    public boolean isSingleName(String foldedCore) {
        return singleNames.contains(foldedCore);
    }

    /**
     * True for a folded word that is a single-word gazetteer name written as the gazetteer writes it: with ال if the
     * name has it (الرقة), without if it has none (روسيا). A proclitic is cut only before such a word: "فرقة" (a
     * band) is not ف + الرقة.
     */
    public boolean isSingleNameAsWritten(String folded) {
        return folded.startsWith("ال") ? singleNames.contains(withoutArticle(folded)) : bareSingleNames.contains(folded);
    }

    /**
     * True for a folded stopword that may close a tag of two or more words: an ordinal finishing a name ("الحرب
     * العالمية الثانية", "القرن التاسع عشر"). Alone it says nothing, so it never starts a tag or is one.
     */
    public boolean isPhraseCloser(String folded) {
        return phraseClosers.contains(folded);
    }

    /** True for a folded content word that may stand inside a tag but is never one alone ("الفيديو", "شاهد"). */
    public boolean isNeverAlone(String folded) {
        return neverAlone.contains(folded);
    }

    /** True for a folded word after which a name usually follows (الرئيس، وزير، حركة …). */
    public boolean isNameTrigger(String folded) {
        return nameTriggers.contains(folded);
    }

    /** True for a folded word of renown that closes a description ("[الموقع] الشهير", "[المؤسسة] العريقة"). */
    public boolean isRenown(String folded) {
        return renownWords.contains(folded);
    }

    /** True for a folded word that describes a person after a title ("[الرئيس] السابق", "[الفنانة] الراحلة"). */
    public boolean isPersonDescriptor(String folded) {
        return personDescriptors.contains(folded);
    }

    /** True for a folded name trigger that titles a person (الرئيس، وزير، المدرب), not a body or a place (حزب). */
    public boolean isPersonTitle(String folded) {
        return personTitles.contains(folded);
    }

    /**
     * Folding unifies alef forms, which makes إمام (imam) the stopword امام/أمام (in front of). Written with hamza
     * below it can only be the noun, so it stays a content word.
     */
    public boolean isHamzaContentWord(String surface) {
        return HAMZA_CONTENT_WORDS.contains(surface);
    }

    private static final Set<String> HAMZA_CONTENT_WORDS = Set.of("إمام", "الإمام", "وإمام", "والإمام", "للإمام", "بالإمام");

    /** True for a folded word, written without ال, that is a common given name (خالد، هبة). */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    public List<String> gazetteerEntries() {
        return gazetteerEntries;
    }

    /** The gazetteer's countries, display form, in file order (the first spelling of a country first). */
    public List<String> countries() {
        return countries;
    }

    /** Each entity's names, display form, the name its tag page is known by first ({@link EntityAliases}). */
    public List<List<String>> aliasGroups() {
        return aliasGroups;
    }

    static String withoutArticle(String folded) {
        return folded.length() >= 4 && folded.startsWith("ال") ? folded.substring(2) : folded;
    }

    private static List<String> words(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Entries by the resource's "# --- NAME" headers, in file order (entries before the first header under ""). */
    private static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String name = "";
        for (String raw : rawLines(resource)) {
            String t = raw.strip();
            if (t.startsWith(SECTION)) {
                name = t.substring(SECTION.length()).strip();
                continue;
            }
            t = withoutComment(t);
            if (!t.isEmpty()) out.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    private static final String SECTION = "# ---";

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(resource)) {
            String t = withoutComment(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static List<String> rawLines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lucene's stop set type, for callers that want a Lucene StopFilter over folded forms. */
    CharArraySet stopSet() {
        return new CharArraySet(stopwords, false);
    }
}
