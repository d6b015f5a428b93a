package org.khabar.analyze;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A nationality adjective standing alone as a tag ("المصري", "الإيرانية", "البرازيلي") is a fragment of the name
 * it qualified ("الرئيس المصري", "الخارجية الإيرانية"); an editor tags the country. This maps the adjective's key to
 * the gazetteer country it is formed from, by the regular nisba (مصر → مصري, فرنسا → فرنسي, روسيا → روسي,
 * السعودية → سعودي, and each with ة); the light stemmer gives the adjective the country's own key for some countries
 * (مصري → مصر) and not for others (فرنسي → فرنس). Countries whose name already ends in ي (مالي، تشيلي) are left out:
 * "المالي" is far more often "financial". Irregular adjectives (إنجليزي، كونغولي) are not covered.
 */
public final class CountryAdjectives {

    private static final CountryAdjectives DEFAULT = new CountryAdjectives(Lexicon.get());

    /** The country a one-word tag stands for: its shown name and its tag key. */
    public record Country(String label, String key) {
    }

    private final Map<String, Country> byAdjectiveKey = new HashMap<>();

    CountryAdjectives(Lexicon lex) {
        for (String name : lex.countries()) {
            if (name.indexOf(' ') >= 0) continue;
            String masculine = masculineAdjective(name.startsWith("ال") ? name.substring(2) : name);
            if (masculine == null) continue;
            Country country = new Country(name, TagKeys.keyOf(name));
            // with ال too: "الألماني" keys as المان, "ألماني" (its ال-like alef-lam read as the article) as مان
            for (String adjective : new String[]{masculine, masculine + "ة", "ال" + masculine, "ال" + masculine + "ة"}) {
                String key = TagKeys.keyOf(adjective);
                if (!key.isEmpty()) byAdjectiveKey.putIfAbsent(key, country);
            }
        }
    }

    /** روسيا → روسي, السعودية → سعودي, فرنسا → فرنسي, البوسنة → بوسني, مصر → مصري; null for مالي, تشيلي. */
    static String masculineAdjective(String bare) {
        if (bare.endsWith("ي")) return null;
        if (bare.endsWith("يا") || bare.endsWith("ية")) return bare.substring(0, bare.length() - 1);
        if (bare.endsWith("ا") || bare.endsWith("ة")) return bare.substring(0, bare.length() - 1) + "ي";
        return bare + "ي";
    }

    public static CountryAdjectives get() {
        return DEFAULT;
    }

    /** Whether {@code key} is the key of some country's adjective (the label decides whether the tag is one). */
    public boolean isAdjectiveKey(String key) {
        return byAdjectiveKey.containsKey(key);
    }

    /**
     * The country for a one-word tag shown as {@code label} with key {@code key}, when the label is a definite
     * nationality adjective; empty for the country's own name, other words and longer tags. An indefinite one stays
     * (the seed page's editors tagged "أوكراني"; "تركي" is also a given name).
     */
    public Optional<Country> countryOf(String key, String label) {
        if (label.indexOf(' ') >= 0) return Optional.empty();
        String folded = ArabicNormalizer.fold(label);
        if (!folded.startsWith("ال") || !(folded.endsWith("ي") || folded.endsWith("يه"))) return Optional.empty();
        Country country = byAdjectiveKey.get(key);
        return country == null || country.label().equals(label) ? Optional.empty() : Optional.of(country);
    }
}
