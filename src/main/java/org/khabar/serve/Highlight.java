package org.khabar.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a search snippet (plain text, matches between U+0001 and U+0002) into safe HTML:
 * the text is escaped first, then the markers become {@code <mark>} tags, so nothing from the
 * article can ever open a tag of its own. Unbalanced markers are tolerated (a stray close is
 * dropped, an open one is closed at the end).
 */
public final class Highlight {
    public static final char START = '\u0001';
    public static final char END = '\u0002';

    private Highlight() {
    }

    public static String toHtml(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 32);
        boolean open = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case END -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // other control characters have no business in HTML text
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    /** The snippet as plain text, markers removed (for the JSON API and for titles). */
    public static String plain(String snippet) {
        return snippet == null ? "" : snippet.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }

    /** A highlighted stretch of {@link #plain(String)}: UTF-16 offsets, end exclusive. */
    public record Span(int start, int end) {
    }

    /** Where the matches are in the plain snippet. */
    public static List<Span> spans(String snippet) {
        List<Span> spans = new ArrayList<>();
        if (snippet == null) {
            return spans;
        }
        int plainPos = 0;
        int openAt = -1;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == START) {
                if (openAt < 0) {
                    openAt = plainPos;
                }
            } else if (c == END) {
                if (openAt >= 0) {
                    if (plainPos > openAt) {
                        spans.add(new Span(openAt, plainPos));
                    }
                    openAt = -1;
                }
            } else {
                plainPos++;
            }
        }
        if (openAt >= 0 && plainPos > openAt) {
            spans.add(new Span(openAt, plainPos));
        }
        return spans;
    }
}
