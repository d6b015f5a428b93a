package org.khabar.extract.date;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code <time>} elements: one marked as the publication time ({@code pubdate}, or a class/id naming publish or
 * post) first, then the first {@code <time>} inside the article body, then the first in the page. The
 * {@code datetime} attribute is preferred; the element's text is the fallback.
 */
public final class TimeElementDate implements DateRule {
    private static final Pattern PUBLISHED_HINT = Pattern.compile("(?i)publish|posted|pubdate|created|date-?pub");
    private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)modif|updat|edited");

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Optional<PublishedDate> find(DatePage page) {
        Elements times = page.doc().getElementsByTag("time");
        for (Element t : times) {
            String hints = t.className() + " " + t.id() + " " + t.parent().className();
            if ((t.hasAttr("pubdate") || PUBLISHED_HINT.matcher(hints).find()) && !MODIFIED_HINT.matcher(hints).find()) {
                Optional<PublishedDate> d = parse(t);
                if (d.isPresent()) return d;
            }
        }
        if (page.content() != null) {
            for (Element t : page.content().getElementsByTag("time")) {
                Optional<PublishedDate> d = parse(t);
                if (d.isPresent()) return d;
            }
        }
        for (Element t : times) {
            if (MODIFIED_HINT.matcher(t.className() + " " + t.id()).find()) continue;
            Optional<PublishedDate> d = parse(t);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<PublishedDate> parse(Element t) {
        Optional<PublishedDate> d = DateParsing.parse(t.attr("datetime"), name());
        return d.isPresent() ? d : DateParsing.parseText(t.text(), name());
    }
}
