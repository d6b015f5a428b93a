package org.khabar.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters an inline {@code style} attribute down to presentational declarations, the way feedparser does: any
 * {@code url(...)} is dropped, a style with characters outside a small inert alphabet (no backslash escapes, no
 * quotes around anything but words, parentheses only around numbers) is dropped whole, and only allowlisted
 * properties survive. Nothing that can load a resource or run script ({@code expression()}, {@code url()},
 * {@code -moz-binding}) can pass, because neither the alphabet nor the property list admits it.
 */
final class CssStyleFilter {

    private static final Set<String> PROPERTIES = Set.of(
            "azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color",
            "border-left-color", "border-right-color", "border-top-color", "clear", "color", "cursor", "direction",
            "display", "elevation", "float", "font", "font-family", "font-size", "font-style", "font-variant",
            "font-weight", "height", "letter-spacing", "line-height", "overflow", "pause", "pause-after",
            "pause-before", "pitch", "pitch-range", "richness", "speak", "speak-header", "speak-numeral",
            "speak-punctuation", "speech-rate", "stress", "text-align", "text-decoration", "text-indent",
            "unicode-bidi", "vertical-align", "voice-family", "volume", "white-space", "width");
    /** Shorthand families whose values are checked word by word. */
    private static final Set<String> SHORTHAND_FAMILIES = Set.of("background", "border", "margin", "padding");
    private static final Set<String> KEYWORDS = Set.of(
            "auto", "aqua", "black", "block", "blue", "bold", "both", "bottom", "brown", "center", "collapse",
            "dashed", "dotted", "fuchsia", "gray", "green", "!important", "italic", "left", "lime", "maroon",
            "medium", "none", "navy", "normal", "nowrap", "olive", "pointer", "purple", "red", "right", "solid",
            "silver", "teal", "top", "transparent", "underline", "white", "yellow");
    private static final Pattern VALUE = Pattern.compile(
            "^(#[0-9a-f]+|rgb\\(\\d+%?,\\d*%?,?\\d*%?\\)?|\\d{0,2}\\.?\\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\\))?)$");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*[^\\s)]+?\\s*\\)\\s*");
    private static final Pattern ALPHABET = Pattern.compile(
            "^(\\w-\\w|'[\\s\\w]+'|\"[\\s\\w]+\"|\\([\\d,\\s]+\\)|[:,;#%.\\sa-zA-Z0-9!])*+$");
    private static final Pattern DECLARATION = Pattern.compile("\\s*[-\\w]+\\s*:\\s*[^:;]*;?");
    private static final Pattern PROPERTY = Pattern.compile("([-\\w]+)\\s*:\\s*([^:;]*)");

    private CssStyleFilter() {
    }

    /** The safe part of {@code style}; empty when nothing is left. */
    static String filter(String style) {
        if (style == null || style.length() > 4096) return ""; // a huge style is not presentation, and regexes cost
        String s = URL.matcher(style).replaceAll(" ");
        if (!ALPHABET.matcher(s).matches()) return "";
        if (!DECLARATION.matcher(s).replaceAll("").isBlank()) return "";
        List<String> kept = new ArrayList<>();
        Matcher m = PROPERTY.matcher(s);
        while (m.find()) {
            String prop = m.group(1);
            String value = m.group(2);
            if (value.isEmpty()) continue;
            String lower = prop.toLowerCase(Locale.ROOT);
            if (PROPERTIES.contains(lower)) {
                kept.add(prop + ": " + value + ";");
            } else if (SHORTHAND_FAMILIES.contains(lower.split("-", 2)[0]) && wordsAreSafe(value)) {
                kept.add(prop + ": " + value + ";");
            }
        }
        return String.join(" ", kept);
    }

    private static boolean wordsAreSafe(String value) {
        for (String word : value.trim().split("\\s+")) {
            if (!KEYWORDS.contains(word) && !VALUE.matcher(word).matches()) return false;
        }
        return true;
    }
}
