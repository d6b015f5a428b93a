package org.khabar.serve.portal;

import gg.jte.Content;
import org.khabar.serve.ArabicDates;
import org.khabar.serve.Highlight;
import org.khabar.serve.Links;

import java.time.Instant;
import java.util.List;

/**
 * What every template may call: links, Arabic dates, highlighted snippets, the stylesheet URL.
 * Keeps logic out of the templates (where it could not be unit-tested).
 */
public final class Ui {
    private final ArabicDates dates;
    private final String stylesheet;

    Ui(ArabicDates dates, String stylesheet) {
        this.dates = dates;
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return stylesheet;
    }

    public String dateTime(Instant instant) {
        return dates.dateTime(instant);
    }

    public String date(Instant instant) {
        return dates.date(instant);
    }

    public String iso(Instant instant) {
        return dates.iso(instant);
    }

    public String articleHref(long id) {
        return Links.article(id);
    }

    public String tagHref(String label) {
        return Links.tag(label);
    }

    public String sourceHref(String id) {
        return Links.source(id);
    }

    /** The snippet with its matches in {@code <mark>}; everything else escaped (see {@link Highlight}). */
    public Content highlighted(String snippet) {
        String html = Highlight.toHtml(snippet);
        return output -> output.writeContent(html);
    }

    /** "مشترك: الناتو، كييف" — why a similar article is listed. */
    public String sharedTags(List<String> labels) {
        return labels.isEmpty() ? "" : "مشترك: " + String.join("، ", labels);
    }

    /** Only http(s) links are followed to the outlet; anything else (javascript:, data:) is not linked. */
    public boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
