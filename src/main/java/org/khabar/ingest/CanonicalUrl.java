package org.khabar.ingest;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL: khabar's identity of an article ("the same canonical URL is stored once").
 *
 * <p>The rule, applied in this order:
 * <ol>
 *   <li>Surrounding whitespace is trimmed; only absolute {@code http}/{@code https} URLs with a host are accepted.</li>
 *   <li>{@code http} and {@code https} fold, to {@code https}: every outlet in the corpora serves the same
 *       article under both, and the ANT corpus holds 159 URLs twice, once per scheme (156 of those pairs carry
 *       the very same text).</li>
 *   <li>The host is lower-cased, converted to its ASCII (punycode) form, a trailing dot dropped; user info and
 *       the default port (80, 443) are dropped.</li>
 *   <li>Percent-encoding is normalised to one form, the IRI form that the outlets themselves print: an escaped
 *       UTF-8 sequence of a non-ASCII letter is decoded to the character (so CNN's {@code %E2%80%99} and a raw
 *       {@code ’}, or an encoded and a raw Arabic path, match), escapes of unreserved ASCII
 *       ({@code A-Z a-z 0-9 - . _ ~}) are decoded, every other escape is kept with upper-case hex, and
 *       characters that may not appear raw (space, quotes, angle brackets, controls, invisible format characters
 *       such as U+200F) are escaped.</li>
 *   <li>Dot segments ({@code /./}, {@code /../}) are removed; an empty path becomes {@code /}; a trailing slash
 *       on a non-root path is dropped ({@code /news/x/} = {@code /news/x}): news CMSs serve or redirect both,
 *       and no two articles of either corpus differ only by it.</li>
 *   <li>The fragment is dropped. Tracking parameters are removed from the query ({@code utm_*}, {@code fbclid},
 *       {@code gclid}, {@code dclid}, {@code msclkid}, {@code yclid}, {@code mc_cid}, {@code mc_eid},
 *       {@code igshid}, {@code _ga}); the other parameters keep their order (some sites depend on it) and an
 *       empty query is dropped.</li>
 * </ol>
 * Path case is kept: paths are case-sensitive on the web.
 *
 * <p>Measured on the ANT corpus (31,525 records; {@code AntCorpusEvalTest}): 30,338 distinct URL strings,
 * 30,179 distinct canonical URLs. The whole difference is the http/https fold (159 URLs); percent-encoding
 * and trailing slashes fold nothing further in ANT. SaudiNewsNet's 31,030 URLs are 31,030 canonical URLs.
 */
public final class CanonicalUrl {

    /** RFC 3986 appendix B. */
    private static final Pattern URI_PARTS =
            Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private static final Set<String> TRACKING_PARAMS =
            Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga");

    /** ASCII characters allowed raw in a path (RFC 3986 pchar plus '/'), besides letters and digits. */
    private static final String PATH_ASCII_OK = "-._~!$&'()*+,;=:@/";
    /** ... and in a query: pchar plus '/' and '?'. */
    private static final String QUERY_ASCII_OK = PATH_ASCII_OK + "?";

    private CanonicalUrl() {
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException with a readable reason when it is not an absolute http(s) URL with a host
     */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("missing URL");
        }
        String s = url.strip();
        Matcher m = URI_PARTS.matcher(s);
        if (!m.matches() || m.group(1) == null || !SCHEME.matcher(m.group(1)).matches()) {
            throw new IllegalArgumentException("not an absolute URL: '" + abbreviate(s) + "'");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: '" + abbreviate(s) + "'");
        }
        String host = host(m.group(2), s);
        String path = normalisePath(m.group(3));
        String query = normaliseQuery(m.group(4));
        return "https://" + host + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String host(String authority, String url) {
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("URL without host: '" + abbreviate(url) + "'");
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        if (!port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad port in URL: '" + abbreviate(url) + "'");
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("URL without host: '" + abbreviate(url) + "'");
        }
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(percentDecodeAll(host), IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad host in URL: '" + abbreviate(url) + "'");
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean defaultPort = port.isEmpty() || port.equals("80") || port.equals("443");
        return defaultPort ? host : host + ":" + Integer.parseInt(port);
    }

    private static String normalisePath(String rawPath) {
        String path = normaliseEncoding(rawPath, PATH_ASCII_OK);
        path = removeDotSegments(path);
        if (path.isEmpty()) {
            return "/";
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String normaliseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = percentDecodeAll(eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMS.contains(name)) {
                continue;
            }
            kept.add(normaliseEncoding(param, QUERY_ASCII_OK));
        }
        return String.join("&", kept);
    }

    /** RFC 3986 section 5.2.4. */
    private static String removeDotSegments(String path) {
        if (!path.contains("/.") && !path.startsWith(".")) {
            return path;
        }
        Deque<String> out = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            if (seg.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (seg.equals("..")) {
                if (out.size() > 1) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(seg);
            }
        }
        return String.join("/", out);
    }

    /**
     * Decodes escapes of unreserved ASCII and of printable non-ASCII characters, upper-cases the hex of the
     * escapes it keeps, and escapes characters that may not stand raw.
     */
    private static String normaliseEncoding(String s, String asciiAllowedRaw) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && isEscape(s, i)) {
                i = decodeEscapeRun(s, i, out, asciiAllowedRaw);
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp < 0x80) {
                if (isAlnum(cp) || asciiAllowedRaw.indexOf(cp) >= 0) {
                    out.append((char) cp);
                } else {
                    appendEscaped(out, s.substring(i, i + len));
                }
            } else if (printable(cp)) {
                out.appendCodePoint(cp);
            } else {
                appendEscaped(out, s.substring(i, i + len));
            }
            i += len;
        }
        return out.toString();
    }

    /** Decodes one run of consecutive %XX escapes starting at {@code start}; returns the index after it. */
    private static int decodeEscapeRun(String s, int start, StringBuilder out, String asciiAllowedRaw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = start;
        while (i < s.length() && s.charAt(i) == '%' && isEscape(s, i)) {
            bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
            i += 3;
        }
        byte[] b = bytes.toByteArray();
        int p = 0;
        while (p < b.length) {
            int lead = b[p] & 0xFF;
            int n = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            String decoded = n == 0 || p + n > b.length ? null : decodeUtf8(b, p, n);
            if (decoded != null && keepDecoded(decoded, asciiAllowedRaw)) {
                out.append(decoded);
                p += n;
            } else {
                out.append('%').append(String.format("%02X", lead));
                p += 1;
            }
        }
        return i;
    }

    /** Which decoded characters may replace their escape without changing the URL's meaning. */
    private static boolean keepDecoded(String decoded, String asciiAllowedRaw) {
        int cp = decoded.codePointAt(0);
        if (cp < 0x80) {
            // only unreserved: decoding '/', '?', '&', '=' ... would change how the URL splits
            return isAlnum(cp) || "-._~".indexOf(cp) >= 0;
        }
        return printable(cp);
    }

    private static String decodeUtf8(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void appendEscaped(StringBuilder out, String chars) {
        for (byte x : chars.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", x & 0xFF));
        }
    }

    /** Decodes every valid UTF-8 escape (for comparing parameter names and hosts, not for output). */
    private static String percentDecodeAll(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '%' && isEscape(s, i)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Visible non-ASCII characters; whitespace, controls and invisible format marks stay escaped. */
    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
