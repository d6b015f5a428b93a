package org.khabar.extract.date;

import org.jsoup.nodes.Element;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates written for readers: "الاثنين 24 أغسطس 2020", "٢٤ آب ٢٠٢٠", "24/08/2020". Elements whose class, id or
 * itemprop names a date are read first (in page order), then the text just around the article body (the byline
 * area above it), never the whole page: related-article lists and footers are full of other dates.
 */
public final class TextDate implements DateRule {
    private static final Pattern DATE_HINT = Pattern.compile("(?i)date|time|publish|posted|timestamp|تاريخ");
    private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)modif|updat|edited");
    private static final int MAX_HINTED_TEXT = 200;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Optional<PublishedDate> find(DatePage page) {
        for (Element e : page.doc().body() == null ? java.util.List.<Element>of() : page.doc().body().getAllElements()) {
            String hints = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (hints.isBlank() || !DATE_HINT.matcher(hints).find() || MODIFIED_HINT.matcher(hints).find()) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_HINTED_TEXT) continue;
            Optional<PublishedDate> d = DateParsing.parseText(text, name());
            if (d.isPresent()) return d;
        }
        if (page.content() != null) {
            Element around = page.content().parent() != null ? page.content().parent() : page.content();
            String text = around.text();
            return DateParsing.parseText(text.substring(0, Math.min(text.length(), 3000)), name());
        }
        return Optional.empty();
    }
}
