package org.khabar.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in import files into instants.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>RFC 822 / RFC 1123 as feeds write them: {@code Fri, 23 Feb 2018 10:37:34 GMT},
 *       {@code Sun, 15 Jul 2018 21:56:56 +0400}, with or without the weekday and the seconds, a one-digit day,
 *       a two-digit year (RFC 822: 19xx/20xx by the usual pivot), the zone as {@code GMT}, {@code UT}, {@code UTC},
 *       {@code Z}, a numeric offset ({@code +0400} or {@code +04:00}) or one of RFC 822's North-American names
 *       (EST, EDT, CST, CDT, MST, MDT, PST, PDT). The weekday is ignored rather than checked, because feeds
 *       get it wrong more often than the date. Ambiguous abbreviations (e.g. {@code AST}: Arabia or Atlantic?)
 *       are refused rather than guessed. A time without any zone is taken as GMT, as feed readers do.</li>
 *   <li>ISO 8601: {@code 2018-02-23T10:37:34Z}, {@code 2018-02-23T10:37:34+03:00}, with fractions of a second,
 *       without zone ({@code 2018-02-23T10:37:34}), with a space instead of {@code T}, or a date only
 *       ({@code 2018-02-23}, taken as the start of that day).</li>
 *   <li>SaudiNewsNet's {@code date_extracted} ({@code 2015-07-21 02:51:32}) is the zone-less ISO form above.</li>
 * </ul>
 * A form without a zone is read in the zone the caller gives ({@link #RIYADH} for SaudiNewsNet, UTC for
 * khabar JSONL as documented in docs/import-format.md).
 *
 * <p>Dates written with Arabic month names in free text are not handled here (that is the extract stage's job).
 */
public final class PublishedDate {

    /** Zone of SaudiNewsNet's zone-less timestamps: the crawler ran on Saudi time. */
    public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** RFC 822 section 5 zone names that are unambiguous, mapped to offsets. */
    private static final Map<String, String> RFC822_ZONES = Map.ofEntries(
            Map.entry("GMT", "+0000"), Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    /** day month year time zone, the weekday already removed. */
    private static final Pattern RFC822 = Pattern.compile(
            "(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2}|\\d{4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(\\S+)?");
    private static final Pattern WEEKDAY = Pattern.compile("^[A-Za-z]{3,9}\\.?,?\\s+");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");

    private static final DateTimeFormatter RFC822_BODY = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM uuuu H:mm[:ss] xx")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_LOCAL_SPACE_OR_T = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_OFFSET_SPACE_OR_T = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_SPACE_OR_T)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_OFFSET_COMPACT = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_SPACE_OR_T)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private PublishedDate() {
    }

    /**
     * Parses {@code text}; returns null when it is null or blank (no date given is not an error).
     *
     * @param zoneForLocalTimes zone for forms that carry none
     * @throws UnparseableDateException when there is text but none of the accepted forms matches it
     */
    public static Instant parse(String text, ZoneId zoneForLocalTimes) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        Instant result = Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-'
                ? parseIso(s, zoneForLocalTimes)
                : parseRfc822(s);
        if (result == null) {
            throw new UnparseableDateException(text);
        }
        return result;
    }

    private static Instant parseIso(String s, ZoneId zone) {
        for (DateTimeFormatter f : new DateTimeFormatter[]{ISO_OFFSET_SPACE_OR_T, ISO_OFFSET_COMPACT}) {
            try {
                return OffsetDateTime.parse(s, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(s, ISO_LOCAL_SPACE_OR_T).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try date only
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT))
                    .atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseRfc822(String s) {
        String rest = WEEKDAY.matcher(s).replaceFirst("");
        Matcher m = RFC822.matcher(rest);
        if (!m.matches()) {
            return null;
        }
        String offset = zoneOffset(m.group(5));
        if (offset == null) {
            return null;
        }
        String year = m.group(3);
        if (year.length() == 2) {
            // RFC 822 two-digit years: the common pivot (RFC 2822 section 4.3)
            year = (Integer.parseInt(year) < 50 ? "20" : "19") + year;
        }
        String normalised = m.group(1) + " " + m.group(2) + " " + year + " " + m.group(4) + " " + offset;
        try {
            return ZonedDateTime.parse(normalised, RFC822_BODY).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The zone as a {@code +HHMM} offset, or null when it is not one we can trust. No zone at all means GMT. */
    private static String zoneOffset(String zone) {
        if (zone == null) {
            return "+0000";
        }
        String named = RFC822_ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        Matcher m = NUMERIC_OFFSET.matcher(zone);
        if (!m.matches()) {
            return null;
        }
        try {
            ZoneOffset.ofHoursMinutes(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        return m.group(1) + m.group(2) + m.group(3);
    }

    /** A date string that is present but matches none of the accepted forms. */
    public static final class UnparseableDateException extends IllegalArgumentException {
        public UnparseableDateException(String text) {
            super("unparseable date '" + abbreviate(text) + "'");
        }

        private static String abbreviate(String text) {
            return text.length() <= 60 ? text : text.substring(0, 60) + "…";
        }
    }
}
