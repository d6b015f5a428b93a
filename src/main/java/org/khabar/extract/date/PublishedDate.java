package org.khabar.extract.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication date as the page states it.
 *
 * @param date    the calendar date in the page's own time zone (what a reader of the page sees)
 * @param instant the instant; when the page gives no time or zone it is the start of {@code date} in UTC
 * @param exactTime true when the page gave a time with a zone, so {@code instant} is exact
 * @param rule    the name of the rule that found it (e.g. "json-ld", "meta", "time", "url", "text")
 */
public record PublishedDate(LocalDate date, Instant instant, boolean exactTime, String rule) {
    public PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instant, "instant");
    }

    static PublishedDate ofDate(LocalDate date, String rule) {
        return new PublishedDate(date, date.atStartOfDay(ZoneOffset.UTC).toInstant(), false, rule);
    }

    PublishedDate withRule(String newRule) {
        return new PublishedDate(date, instant, exactTime, newRule);
    }
}
