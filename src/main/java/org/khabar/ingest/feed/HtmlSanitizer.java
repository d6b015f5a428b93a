package org.khabar.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans foreign HTML (feed item bodies) with a jsoup {@link Safelist}: scripts, event handlers such as
 * {@code onerror=} and {@code javascript:} URLs are removed; relative links are made absolute against the base.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "acronym", "address", "bdo", "big", "center", "del", "dfn", "figure", "figcaption",
                    "font", "hr", "ins", "kbd", "s", "samp", "small", "strike", "tt", "var", "picture", "time")
            .addAttributes(":all", "dir", "lang", "title")
            .addAttributes("img", "alt", "title", "width", "height")
            .addAttributes("a", "rel")
            .addProtocols("img", "src", "http", "https", "data")
            .preserveRelativeLinks(false);
    private static final Safelist SAFELIST_RELATIVE = Safelist.relaxed()
            .addTags("abbr", "acronym", "address", "bdo", "big", "center", "del", "dfn", "figure", "figcaption",
                    "font", "hr", "ins", "kbd", "s", "samp", "small", "strike", "tt", "var", "picture", "time")
            .addAttributes(":all", "dir", "lang", "title")
            .addAttributes("img", "alt", "title", "width", "height")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    /** Safe HTML fragment; {@code baseUri} (may be null) resolves relative links. */
    public static String clean(String html, String baseUri) {
        if (html == null || html.isEmpty()) return html;
        boolean absoluteBase = baseUri != null && baseUri.matches("(?i)https?://.+");
        Document dirty = Jsoup.parseBodyFragment(html, absoluteBase ? baseUri : "");
        Document clean = new Cleaner(absoluteBase ? SAFELIST : SAFELIST_RELATIVE).clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }

    /** Plain text of an HTML fragment, paragraphs kept as lines. */
    public static String text(String html) {
        if (html == null) return null;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("br").after("\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote").after("\n");
        doc.outputSettings().prettyPrint(false);
        StringBuilder out = new StringBuilder();
        for (String line : new org.jsoup.safety.Cleaner(Safelist.none()).clean(doc).body().wholeText().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) out.append(out.isEmpty() ? "" : "\n").append(l);
        }
        return out.toString();
    }
}
