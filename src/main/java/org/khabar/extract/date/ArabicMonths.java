package org.khabar.extract.date;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names as Arabic news sites write them: the Egyptian/Gulf transliterations (يناير …), the Levantine/Iraqi
 * Syriac names (كانون الثاني …), the Maghrebi French-derived ones (جانفي …, غشت …) and English names for bilingual
 * pages. Names are matched after {@link #normalise} (alef/yeh/teh-marbuta folding) so spelling variants collapse.
 */
public final class ArabicMonths {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        // Levantine two-word names first: the regex alternation must try "كانون الثاني" before any shorter name.
        put(1, "كانون الثاني");
        put(10, "تشرين الاول");
        put(11, "تشرين الثاني");
        put(12, "كانون الاول");
        put(2, "شباط");
        put(3, "اذار");
        put(4, "نيسان");
        put(5, "ايار");
        put(6, "حزيران");
        put(7, "تموز");
        put(8, "اب");
        put(9, "ايلول");
        // Egyptian / Gulf / Standard
        put(1, "يناير");
        put(2, "فبراير");
        put(3, "مارس");
        put(4, "ابريل");
        put(5, "مايو");
        put(6, "يونيو", "يونيه");
        put(7, "يوليو", "يوليه", "يوليوز");
        put(8, "اغسطس", "اغسطوس");
        put(9, "سبتمبر", "شتنبر");
        put(10, "اكتوبر");
        put(11, "نوفمبر", "نونبر");
        put(12, "ديسمبر", "دجنبر");
        // Maghreb (Algeria, Tunisia, Morocco)
        put(1, "جانفي");
        put(2, "فيفري");
        put(4, "افريل");
        put(5, "ماي");
        put(6, "جوان");
        put(7, "جويليه");
        put(8, "اوت", "غشت");
        // English, for bilingual pages
        put(1, "january", "jan");
        put(2, "february", "feb");
        put(3, "march", "mar");
        put(4, "april", "apr");
        put(5, "may");
        put(6, "june", "jun");
        put(7, "july", "jul");
        put(8, "august", "aug");
        put(9, "september", "sept", "sep");
        put(10, "october", "oct");
        put(11, "november", "nov");
        put(12, "december", "dec");
    }

    /** Alternation of all names, longest first, for use in patterns applied to {@link #normalise}d text. */
    static final String ALTERNATION = MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private ArabicMonths() {
    }

    private static void put(int month, String... names) {
        for (String n : names) MONTHS.put(normalise(n), month);
    }

    /** Month number 1–12 for a name (any listed spelling), or 0 if unknown. */
    public static int month(String name) {
        if (name == null) return 0;
        Integer m = MONTHS.get(normalise(name.trim()).replaceAll("\\s+", " "));
        return m == null ? 0 : m;
    }

    /**
     * Folds the letters Arabic sites spell inconsistently: hamza'd alefs and madda to bare alef, alef maqsura to
     * yeh, teh marbuta to heh, tatweel and diacritics removed; Latin lower-cased. Length may change.
     */
    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ى' -> sb.append('ي');
                case 'ة' -> sb.append('ه');
                case 'ـ' -> { } // tatweel
                default -> {
                    if (c >= '\u064B' && c <= '\u0652') continue; // harakat
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
