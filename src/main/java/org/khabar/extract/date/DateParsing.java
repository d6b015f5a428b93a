package org.khabar.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one date string into a {@link PublishedDate}. Accepts ISO 8601 (with or without time/zone/fraction),
 * RFC 1123, numeric day-first dates (the Arabic convention), and "day month year" with Arabic or English month
 * names, after mapping Arabic-Indic digits to ASCII. Years outside a plausible news range are rejected so a Solar
 * Hijri date (1399/…) or an ID is not mistaken for a Gregorian one.
 */
public final class DateParsing {
    static final int MIN_YEAR = 1995;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY_NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:من\\s+)?[\\s,،.-]*(" + ArabicMonths.ALTERNATION + ")\\b\\.?"
                    + "(?:\\s*[/(-]\\s*(?:" + ArabicMonths.ALTERNATION + ")\\s*\\)?)?[\\s,،.-]*(\\d{4})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + ArabicMonths.ALTERNATION + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private DateParsing() {
    }

    /** Parses a machine-readable date (meta content, JSON-LD, datetime attribute), falling back to text forms. */
    public static Optional<PublishedDate> parse(String raw, String rule) {
        if (raw == null) return Optional.empty();
        String s = ArabicDigits.toAscii(raw.trim());
        if (s.isEmpty()) return Optional.empty();
        Optional<PublishedDate> iso = parseIso(s, rule);
        if (iso.isPresent()) return iso;
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(new PublishedDate(z.toLocalDate(), z.toInstant(), true, rule));
        } catch (DateTimeException ignored) {
            // not RFC 1123; try the human forms
        }
        return parseText(s, rule);
    }

    private static Optional<PublishedDate> parseIso(String s, String rule) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) return Optional.empty();
        try {
            LocalDate d = LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
            if (m.group(4) == null) return plausible(PublishedDate.ofDate(d, rule));
            LocalDateTime ldt = d.atTime(i(m.group(4)), i(m.group(5)), m.group(6) == null ? 0 : i(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                // a local time without zone: the date is what the page means; the instant is approximate
                return plausible(new PublishedDate(d, ldt.toInstant(ZoneOffset.UTC), false, rule));
            }
            ZoneOffset off = switch (zone) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(zone.length() == 5 && zone.indexOf(':') < 0
                        ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            };
            OffsetDateTime odt = OffsetDateTime.of(ldt, off);
            return plausible(new PublishedDate(d, odt.toInstant(), true, rule));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Finds the first date written for humans in {@code text}: day-month-year names or numeric forms. */
    public static Optional<PublishedDate> parseText(String raw, String rule) {
        if (raw == null) return Optional.empty();
        String s = ArabicMonths.normalise(ArabicDigits.toAscii(raw));
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Optional<PublishedDate> d = of(i(m.group(3)), ArabicMonths.month(m.group(2)), i(m.group(1)), rule);
            if (d.isPresent()) return d;
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Optional<PublishedDate> d = of(i(m.group(3)), ArabicMonths.month(m.group(1)), i(m.group(2)), rule);
            if (d.isPresent()) return d;
        }
        m = ISO.matcher(s);
        if (m.find()) {
            Optional<PublishedDate> d = of(i(m.group(1)), i(m.group(2)), i(m.group(3)), rule);
            if (d.isPresent()) return d;
        }
        m = YMD_SLASH.matcher(s);
        while (m.find()) {
            Optional<PublishedDate> d = of(i(m.group(1)), i(m.group(2)), i(m.group(3)), rule);
            if (d.isPresent()) return d;
        }
        m = DMY_NUMERIC.matcher(s);
        while (m.find()) {
            // Arabic and European pages write the day first; a US-style date only parses when day-first cannot
            Optional<PublishedDate> d = of(i(m.group(3)), i(m.group(2)), i(m.group(1)), rule);
            if (d.isEmpty()) d = of(i(m.group(3)), i(m.group(1)), i(m.group(2)), rule);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<PublishedDate> of(int y, int mo, int d, String rule) {
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return Optional.empty();
        try {
            return plausible(PublishedDate.ofDate(LocalDate.of(y, mo, d), rule));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublishedDate> plausible(PublishedDate d) {
        int y = d.date().getYear();
        int maxYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        return y >= MIN_YEAR && y <= maxYear ? Optional.of(d) : Optional.empty();
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
