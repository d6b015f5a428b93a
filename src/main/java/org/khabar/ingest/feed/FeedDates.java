package org.khabar.ingest.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats feeds use: RFC 822/1123 (with the usual sloppiness), W3C-DTF/ISO 8601. */
public final class FeedDates {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("AST", "+0300"), Map.entry("EET", "+0200"), Map.entry("EEST", "+0300"), Map.entry("CET", "+0100"),
            Map.entry("CEST", "+0200"));
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?.*");
    private static final DateTimeFormatter ISO_LOOSE = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private FeedDates() {
    }

    /** The instant a feed date string denotes, or null when it cannot be read. */
    public static Instant parse(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.isEmpty()) return null;
        Instant iso = iso(t);
        return iso != null ? iso : rfc822(t);
    }

    private static Instant iso(String t) {
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through to looser forms
        }
        try {
            var parsed = ISO_LOOSE.parseBest(t.replace('t', 'T').replace("z", "Z"), ZonedDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof ZonedDateTime z) return z.toInstant();
            if (parsed instanceof LocalDateTime l) return l.toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (t.matches("\\d{4}-\\d{2}")) return LocalDate.parse(t + "-01").atStartOfDay(ZoneOffset.UTC).toInstant();
            if (t.matches("\\d{4}")) return LocalDate.parse(t + "-01-01").atStartOfDay(ZoneOffset.UTC).toInstant();
            if (t.matches("\\d{8}")) {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        } catch (DateTimeParseException ignored) {
            // not a date
        }
        return null;
    }

    private static Instant rfc822(String t) {
        Matcher m = RFC822.matcher(t);
        if (!m.matches()) return null;
        try {
            int day = Integer.parseInt(m.group(1));
            int month = month(m.group(2));
            if (month < 0) return null;
            int year = Integer.parseInt(m.group(3));
            if (year < 100) year += year < 70 ? 2000 : 1900;
            int hh = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int mm = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int ss = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            ZoneOffset off = offset(m.group(7));
            return LocalDateTime.of(year, month, day, hh, mm, ss).toInstant(off);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) if (n.startsWith(months[i])) return i + 1;
        return -1;
    }

    private static ZoneOffset offset(String z) {
        if (z == null) return ZoneOffset.UTC;
        String u = z.toUpperCase(Locale.ROOT);
        String mapped = ZONES.get(u);
        if (mapped != null) u = mapped;
        else if (u.length() == 1) return ZoneOffset.UTC; // military zones: too ambiguous in practice
        if (!u.startsWith("+") && !u.startsWith("-")) return ZoneOffset.UTC;
        return ZoneOffset.of(u.length() == 5 ? u.substring(0, 3) + ":" + u.substring(3) : u);
    }
}
