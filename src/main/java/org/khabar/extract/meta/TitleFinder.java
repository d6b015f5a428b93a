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
        Optional<String> t = page.jsonLd().articles().stream()
                .map(n -> JsonLd.text(n.get("headline"))).flatMap(Optional::stream).findFirst();
        if (t.isEmpty()) t = page.meta().first("og:title", "twitter:title", "dc.title", "dcterms.title", "title");
        if (t.isPresent()) return Optional.of(stripSiteName(clean(t.get()), site, false));
        Element title = page.doc().selectFirst("head > title, title");
        if (title != null && !title.text().isBlank()) return Optional.of(stripSiteName(clean(title.text()), site, true));
        Element h1 = page.doc().selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(clean(h1.text()));
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
