package org.khabar.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched bytes into text. Order: byte-order mark, HTTP {@code Content-Type} charset, XML declaration,
 * HTML {@code <meta charset>}, then detection. A declared UTF-8 that is not valid UTF-8 (a common lie of Arabic
 * sites that really serve windows-1256) falls through to detection instead of producing mojibake.
 * Reusable for feeds and HTML pages alike.
 */
public final class BodyDecoder {

    /** Where the charset came from, most trusted first. */
    public enum Source { BOM, HTTP_HEADER, XML_DECLARATION, META, DETECTED, OVERRIDE }

    /** Decoded text plus how its charset was chosen; {@code declaredButWrong} marks a charset lie we corrected. */
    public record Decoded(String text, Charset charset, Source source, boolean declaredButWrong) {
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private BodyDecoder() {
    }

    public static Decoded decode(byte[] body, String contentTypeHeader) {
        return decode(body, contentTypeHeader, null);
    }

    /**
     * @param override a charset forced by configuration (per-feed encoding override); wins over everything but a BOM
     */
    public static Decoded decode(byte[] body, String contentTypeHeader, String override) {
        if (body == null) body = new byte[0];
        Decoded bom = byBom(body);
        if (bom != null) return bom;
        Charset forced = charsetOrNull(override);
        if (forced != null) return new Decoded(lenient(body, forced), forced, Source.OVERRIDE, false);

        Charset header = charsetOrNull(match(HEADER_CHARSET, contentTypeHeader));
        if (header != null) return declared(body, header, Source.HTTP_HEADER);

        if (isTextXml(contentTypeHeader) && isAscii(body)) {
            // RFC 3023: text/xml without a charset parameter is us-ascii, whatever the XML declaration says.
            // Applied only to pure-ASCII bodies, where it names the charset without changing the text: Arabic
            // feeds served as text/xml rely on their declaration, and honouring it there loses nothing.
            return new Decoded(new String(body, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII,
                    Source.HTTP_HEADER, false);
        }
        Charset utf16 = bomlessUtf16(body);
        if (utf16 != null) return new Decoded(lenient(body, utf16), utf16, Source.DETECTED, false);

        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        Charset xml = charsetOrNull(match(XML_DECL, head));
        if (xml != null) return declared(body, xml, Source.XML_DECLARATION);
        Charset meta = charsetOrNull(match(META_CHARSET, head));
        if (meta != null) return declared(body, meta, Source.META);
        Charset detected = detect(body);
        return new Decoded(lenient(body, detected), detected, Source.DETECTED, false);
    }

    private static boolean isTextXml(String contentType) {
        if (contentType == null) return false;
        String media = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return media.equals("text/xml") || (media.startsWith("text/") && media.endsWith("+xml"));
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) if (b < 0) return false;
        return true;
    }

    /** Best guess for undeclared bytes: UTF-8 when valid, else an Arabic single-byte code page. */
    public static Charset detect(byte[] body) {
        if (isValidUtf8(body)) return StandardCharsets.UTF_8;
        // ISO-8859-6 leaves 0x80-0x9F as C1 controls and 0xA1-0xAB/0xBC-0xBE/0xDB-0xDF/0xF3-0xFF unassigned;
        // windows-1256 uses them. Seeing any of them rules ISO-8859-6 out.
        int arabicIsoHits = 0;
        for (byte b : body) {
            int u = b & 0xFF;
            if (u < 0x80) continue;
            if (u <= 0x9F || (u >= 0xDB && u <= 0xDF) || u >= 0xF3) return WINDOWS_1256;
            if (u >= 0xC1 && u <= 0xF2) arabicIsoHits++;
        }
        return arabicIsoHits > 0 ? ISO_8859_6 : WINDOWS_1256;
    }

    public static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Decoded declared(byte[] body, Charset cs, Source source) {
        if (cs.equals(StandardCharsets.UTF_8) || cs.name().equalsIgnoreCase("US-ASCII")) {
            if (!isValidUtf8(body)) {
                Charset detected = detect(body);
                return new Decoded(lenient(body, detected), detected, Source.DETECTED, true);
            }
            // ASCII is a subset of UTF-8: decode as UTF-8 (tolerates stray non-ASCII), report what was declared
            return new Decoded(new String(body, StandardCharsets.UTF_8), cs, source, false);
        }
        // A declared UTF-16 without a BOM on ASCII-looking bytes is a lie too (feeds re-encoded by proxies).
        if (cs.name().startsWith("UTF-16") && bomlessUtf16(body) == null) {
            Charset detected = detect(body);
            return new Decoded(lenient(body, detected), detected, Source.DETECTED, true);
        }
        return new Decoded(lenient(body, cs), cs, source, false);
    }

    private static Decoded byBom(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return bom(b, 4, "UTF-32BE");
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return bom(b, 4, "UTF-32LE");
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return bom(b, 3, "UTF-8");
        if (startsWith(b, 0xFE, 0xFF)) return bom(b, 2, "UTF-16BE");
        if (startsWith(b, 0xFF, 0xFE)) return bom(b, 2, "UTF-16LE");
        return null;
    }

    private static Decoded bom(byte[] b, int skip, String name) {
        Charset cs = Charset.forName(name);
        return new Decoded(new String(b, skip, b.length - skip, cs), cs, Source.BOM, false);
    }

    private static Charset bomlessUtf16(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) return Charset.forName("UTF-32BE");
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) return Charset.forName("UTF-32LE");
        if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) return StandardCharsets.UTF_16BE;
        if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String lenient(byte[] body, Charset cs) {
        return new String(body, cs); // String(byte[],Charset) replaces malformed input with U+FFFD
    }

    private static String match(Pattern p, String s) {
        if (s == null) return null;
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** A supported charset for a declared name, or null for unknown/garbage names. */
    public static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) n = "utf-8";
        if (n.equals("arabic") || n.equals("iso-8859-6-i") || n.equals("iso-8859-6-e")) n = "iso-8859-6";
        if (n.equals("cp1256") || n.equals("win-1256")) n = "windows-1256";
        if (n.equals("gb2312") || n.equals("gbk")) n = "gb18030"; // superset; real "gb2312" content often isn't
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
