package org.khabar.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Language from the text itself, by script, because pages lie: WordPress themes ship {@code lang="en-US"} on
 * Arabic sites. Arabic script is then split into Persian (پ چ ژ گ, Farsi yeh ی and keheh ک, words like است، این،
 * را، می), Urdu (ے ں ہ ٹ ڈ ڑ) and Arabic (ة ي ك, words like في، من، على، التي). A text without enough letters
 * falls back to the declared language.
 */
public final class LanguageGuess {
    private static final int MIN_LETTERS = 40;
    private static final Set<String> PERSIAN_WORDS = Set.of("است", "این", "را", "می", "های", "برای", "که", "با",
            "شده", "شد", "آن", "ها", "یک", "خود", "کرد", "نیز", "اند", "بود", "دارد");
    private static final Set<String> ARABIC_WORDS = Set.of("في", "من", "على", "إلى", "الى", "التي", "الذي", "أن",
            "ان", "عن", "مع", "هذا", "هذه", "كان", "قال", "وقال", "حيث", "بعد", "ذلك");

    private LanguageGuess() {
    }

    /** ISO 639-1 code ("ar", "fa", "ur", or the declared language for other scripts), or "und". */
    public static String guess(String text, String declared) {
        String decl = primary(declared);
        if (text == null) text = "";
        int arabicScript = 0, latin = 0, letters = 0;
        int persianLetters = 0, urduLetters = 0, arabicLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (isArabicScript(c)) {
                arabicScript++;
                switch (c) {
                    case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک' -> persianLetters++;
                    case 'ے', 'ں', 'ہ', 'ٹ', 'ڈ', 'ڑ', 'ھ' -> urduLetters++;
                    case 'ة', 'ي', 'ك', 'ى' -> arabicLetters++;
                    default -> { }
                }
            } else if (c < 0x250) {
                latin++;
            }
        }
        if (letters < MIN_LETTERS) return decl.isEmpty() ? "und" : decl;
        if (arabicScript * 2 > letters) {
            if (urduLetters > arabicScript / 100 + 2 && urduLetters > persianLetters / 4) return "ur";
            int persian = persianLetters + 5 * countWords(text, PERSIAN_WORDS);
            int arabic = arabicLetters + 5 * countWords(text, ARABIC_WORDS);
            return persian > arabic ? "fa" : "ar";
        }
        if (latin * 2 > letters) {
            // a Latin text: trust the declaration unless it claims an Arabic-script language
            return decl.isEmpty() || decl.equals("ar") || decl.equals("fa") || decl.equals("ur") ? "und" : decl;
        }
        return decl.isEmpty() ? "und" : decl;
    }

    public static boolean isArabic(String lang) {
        return "ar".equals(lang);
    }

    static boolean isArabicScript(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }

    private static int countWords(String text, Set<String> words) {
        int n = 0;
        for (String w : text.split("[\\s\\p{Punct}،؛؟«»]+")) if (words.contains(w)) n++;
        return n;
    }

    private static String primary(String declared) {
        if (declared == null || declared.isBlank()) return "";
        String d = declared.trim().toLowerCase(Locale.ROOT);
        int dash = d.indexOf('-');
        if (dash < 0) dash = d.indexOf('_');
        return dash > 0 ? d.substring(0, dash) : d;
    }
}
