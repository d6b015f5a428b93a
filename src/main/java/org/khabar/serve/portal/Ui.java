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

    public String storyHref(long id) {
        return Links.story(id);
    }

    public String latestHref() {
        return Links.latest();
    }

    /** An Arabic counted noun's forms: for 1, for 2, with 3–10, with 11–99, and after hundreds (…00–…02). */
    record Noun(String one, String two, String plural, String accusative, String singular) {
        static final Noun REPORT = new Noun("تقرير واحد", "تقريران", "تقارير", "تقريراً", "تقرير");
        /** Genitive dual: the outlets always follow "من". */
        static final Noun OUTLET = new Noun("مصدر واحد", "مصدرين", "مصادر", "مصدراً", "مصدر");
        static final Noun COPY = new Noun("نسخة واحدة", "نسختان", "نسخ", "نسخة", "نسخة");

        /** Digits stay Western like the portal's other numbers. */
        String count(int n) {
            if (n == 1) return one;
            if (n == 2) return two;
            int lastTwo = n % 100;
            if (n == 0 || (lastTwo >= 3 && lastTwo <= 10)) return n + " " + plural;
            if (lastTwo <= 2) return n + " " + singular;
            return n + " " + accusative;
        }
    }

    /** "3 تقارير من مصدرين": a story's size in Arabic, the noun agreeing with its number. */
    public String coverage(int reports, int outlets) {
        return Noun.REPORT.count(reports) + " من " + Noun.OUTLET.count(outlets);
    }

    /** "تقريران", "5 تقارير": how many reports an outlet has in a story. */
    public String reports(int n) {
        return Noun.REPORT.count(n);
    }

    /** "نسختان", "3 نسخ": how many syndicated copies a story has. */
    public String copies(int n) {
        return Noun.COPY.count(n);
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
