package org.khabar.ingest;

import java.util.regex.Pattern;
import org.khabar.extract.StandaloneLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Turns the text fields of import records into khabar's plain text.
 *
 * <ul>
 *   <li>HTML entities are decoded exactly once ({@code &amp;amp;} becomes {@code &amp;}, not {@code &}), so
 *       text that was escaped twice upstream stays recognisably escaped instead of turning into markup.</li>
 *   <li>Single-line fields (title, author) are never parsed as HTML: a {@code <script>} in a title is kept as
 *       the literal text it is (escaping it is the renderer's job), and a {@code <} in "x < y" is not eaten.</li>
 *   <li>Multi-line fields (body, summary) are converted from HTML to text only when they contain real markup
 *       (an HTML tag such as {@code <p>}, {@code <br>}, {@code <a href=...>}); block elements and {@code <br>}
 *       become paragraph breaks, {@code script}/{@code style} contents are dropped. Neither the ANT corpus nor
 *       SaudiNewsNet has markup in its texts (checked: 0 records), so this only matters for khabar JSONL.</li>
 *   <li>Control characters (NUL, ESC, ...) are dropped; no-break spaces become spaces, runs of spaces collapse, each paragraph is trimmed, blank paragraphs
 *       are dropped, paragraphs are joined with a single {@code '\n'}.</li>
 *   <li>Lines that carry no text on their own (a "read also" label left alone, a bare dateline) are dropped with
 *       the extractor's rules ({@link StandaloneLines}), so an imported body reads like the same page crawled.</li>
 * </ul>
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile(
            "</?(?:p|br|div|span|a|b|i|u|em|strong|img|ul|ol|li|h[1-6]|blockquote|table|tr|td|th|figure|"
                    + "figcaption|section|article|header|footer|script|style|iframe|font|center|small|sup|sub|"
                    + "pre|code|hr)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final String PARAGRAPH_MARK = "\u2029";

    private PlainText() {
    }

    /** A single-line field: entities decoded once, whitespace (including newlines) collapsed. */
    public static String line(String raw) {
        if (raw == null) {
            return null;
        }
        return normaliseSpace(decodeEntities(raw), false);
    }

    /** A multi-line field: markup (if any) to text, entities decoded once, paragraphs separated by '\n'. */
    public static String paragraphs(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.indexOf('<') >= 0 && MARKUP.matcher(raw).find() ? htmlToText(raw) : decodeEntities(raw);
        return withoutStandaloneLines(normaliseSpace(text, true));
    }

    /**
     * Drops the lines that carry no text on their own ({@link StandaloneLines}: "اقرأ أيضاً:" left alone when a
     * corpus stripped its links, a bare dateline), as the extractor does on pages. A text made only of such lines
     * is kept as it is rather than emptied.
     */
    private static String withoutStandaloneLines(String text) {
        StringBuilder out = null; // built only once a line is dropped: most bodies have none
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start < StandaloneLines.SHORT && isStandalone(text.substring(start, end))) {
                if (out == null) out = new StringBuilder(text.length()).append(text, 0, Math.max(0, start - 1));
            } else if (out != null) {
                if (out.length() > 0) out.append('\n');
                out.append(text, start, end);
            }
            start = end + 1;
        }
        return out == null || out.length() == 0 ? text : out.toString();
    }

    private static boolean isStandalone(String line) {
        return StandaloneLines.isLabel(line) || StandaloneLines.isDateline(line);
    }

    /**
     * Collapses runs of spaces (any Unicode whitespace, including no-break spaces) to one space, trims each
     * paragraph and drops empty ones. One pass, no regex: this runs on every body of a bulk import.
     */
    private static String normaliseSpace(String text, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(text.length());
        int paragraphStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLineBreaks && isLineBreak(c)) {
                pendingSpace = false;
                if (out.length() > paragraphStart) {
                    out.append('\n');
                    paragraphStart = out.length();
                }
            } else if (isSpace(c)) {
                pendingSpace = true;
            } else if (Character.isISOControl(c)) {
                continue; // NUL, escape and other control characters are debris, never text
            } else {
                if (pendingSpace && out.length() > paragraphStart) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        if (out.length() > 0 && out.length() == paragraphStart) {
            out.setLength(out.length() - 1); // the '\n' after the last paragraph
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\f';
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0' || c > '\u00A0' && c < '\u1680') {
            return false; // Latin and Arabic letters, digits, punctuation: no space in these ranges, no look-up needed
        }
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Entities decoded once; most texts have no '&' at all, so skip jsoup's decoder for them. */
    private static String decodeEntities(String raw) {
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, false);
    }

    /** jsoup parse (which decodes entities once) and keep the text, one paragraph per block element. */
    private static String htmlToText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe").remove();
        for (Element br : doc.select("br")) {
            br.after(PARAGRAPH_MARK);
        }
        Elements blocks = doc.body().select("*");
        for (Element e : blocks) {
            if (e.isBlock() && e != doc.body()) {
                e.prepend(PARAGRAPH_MARK);
                e.append(PARAGRAPH_MARK);
            }
        }
        // wholeText keeps the raw newlines of text nodes, which are paragraph breaks in plain-text bodies too
        return doc.body().wholeText().replace(PARAGRAPH_MARK, "\n");
    }
}
