package org.khabar.extract.meta;

import org.jsoup.nodes.Element;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline: JSON-LD {@code headline}, OpenGraph/Twitter/Dublin Core titles, then {@code <title>} without the
 * site name, then the first {@code <h1>}. A site-name suffix (" | Site", " - موقع …") is cut when it matches
 * {@code og:site_name}, or when the remaining part still reads as a headline.
 */
public final class TitleFinder {
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\\-–—»«:/\\\\]\\s|\\s::\\s");

    private TitleFinder() {
    }

    public static Optional<String> find(PageMeta page) {
        String site = page.meta().first("og:site_name", "application-name").orElse("");
        Element titleTag = page.doc().selectFirst("head > title, title");
        String htmlTitle = titleTag == null ? "" : clean(titleTag.text());
        Optional<String> t = page.jsonLd().articles().stream()
                .map(n -> jsonLdTitle(n, htmlTitle)).flatMap(Optional::stream).findFirst();
        if (t.isEmpty()) {
            t = page.meta().first("dc:title", "dcterm:title", "dcterms:title", "dc.title", "dcterms.title", "og:title",
                    "title", "twitter:title", "parsely-title");
        }
        if (t.isPresent()) return Optional.of(stripSiteName(clean(t.get()), site, false));
        if (!htmlTitle.isBlank()) return Optional.of(stripSiteName(htmlTitle, site, true));
        Element h1 = page.doc().selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(clean(h1.text()));
    }

    /**
     * An article's {@code name} and {@code headline} normally agree; when they differ (Wikipedia puts a
     * description in headline, some outlets put their own name in name) the one resembling {@code <title>} wins,
     * {@code name} by default — readability's rule.
     */
    static Optional<String> jsonLdTitle(com.fasterxml.jackson.databind.JsonNode article, String htmlTitle) {
        Optional<String> name = JsonLd.text(article.get("name")).filter(v -> article.get("name").isTextual());
        Optional<String> headline = JsonLd.text(article.get("headline"));
        if (name.isPresent() && headline.isPresent() && !name.get().equals(headline.get())) {
            boolean nameMatches = resembles(name.get(), htmlTitle);
            boolean headlineMatches = resembles(headline.get(), htmlTitle);
            return Optional.of(clean(headlineMatches && !nameMatches ? headline.get() : name.get()));
        }
        return name.or(() -> headline).map(TitleFinder::clean);
    }

    /** Like the title tag, or like the title tag's part before its last separator (the site name cut off). */
    private static boolean resembles(String candidate, String htmlTitle) {
        if (similarity(candidate, htmlTitle) > 0.75) return true;
        var m = SEPARATOR.matcher(htmlTitle);
        int last = -1;
        while (m.find()) last = m.start();
        return last > 0 && similarity(candidate, htmlTitle.substring(0, last)) > 0.75;
    }

    /** Share of {@code b}'s distinct words (by characters) that also occur in {@code a}; 1 = all of them. */
    static double similarity(String a, String b) {
        java.util.Set<String> ta = new java.util.HashSet<>(java.util.List.of(a.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        java.util.Set<String> tb = new java.util.LinkedHashSet<>(java.util.List.of(b.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        tb.remove("");
        if (tb.isEmpty()) return 0;
        int all = 0, missing = 0;
        for (String w : tb) {
            all += w.length() + 1;
            if (!ta.contains(w)) missing += w.length() + 1;
        }
        return 1 - (double) missing / all;
    }

    static String stripSiteName(String title, String site, boolean fromTitleTag) {
        if (!site.isBlank()) {
            String s = site.strip();
            for (String sep : new String[]{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " : "}) {
                if (title.endsWith(sep + s)) return title.substring(0, title.length() - sep.length() - s.length()).strip();
                if (title.startsWith(s + sep)) return title.substring(s.length() + sep.length()).strip();
            }
        }
        if (!fromTitleTag) return title;
        // readability's heuristic: keep the longest side of the last separator if it still has 4+ words
        var m = SEPARATOR.matcher(title);
        int last = -1, lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last < 0) return title;
        String before = title.substring(0, last).strip();
        String after = title.substring(lastEnd).strip();
        String longer = words(before) >= words(after) ? before : after;
        return words(longer) >= 4 ? longer : title;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static String clean(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }
}
