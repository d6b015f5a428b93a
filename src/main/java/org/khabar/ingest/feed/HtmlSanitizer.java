package org.khabar.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans foreign HTML (feed item bodies) with a jsoup {@link Safelist}. The allowlist is inert markup only, in the
 * spirit of feedparser's: structure, text-level and table elements and presentational attributes. Scripts, styles,
 * frames, objects, event handlers ({@code onerror=}...), {@code style} attributes and any URL whose scheme is not
 * http(s)/mailto/ftp ({@code javascript:}, {@code data:}) are removed. Form controls are dropped too: a news
 * reader has no business showing a third party's form. Relative links are made absolute against the base.
 */
public final class HtmlSanitizer {

    private static final String[] ELEMENTS = {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big",
        "blockquote", "br", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command",
        "datagrid", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img",
        "ins", "kbd", "label", "legend", "li", "m", "map", "mark", "menu", "meter", "multicol", "nav", "nextid",
        "ol", "p", "picture", "pre", "progress", "q", "s", "samp", "section", "small", "sound",
        "source", "spacer", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr"};
    private static final String[] ATTRIBUTES = {
        "abbr", "accept", "accept-charset", "accesskey", "align", "alink", "alt", "autocomplete",
        "autofocus", "axis", "background", "balance", "bgcolor", "bgproperties", "border", "bordercolor",
        "bordercolordark", "bordercolorlight", "bottompadding", "cellpadding", "cellspacing", "ch", "challenge",
        "char", "charoff", "charset", "checked", "choff", "cite", "class", "clear", "color", "cols", "colspan",
        "compact", "contenteditable", "controls", "coords", "data", "datafld", "datapagesize", "datasrc",
        "datetime", "default", "delay", "dir", "disabled", "draggable", "dynsrc", "enctype", "end", "face", "for",
        "form", "frame", "galleryimg", "gutter", "headers", "height", "hidden", "hidefocus", "high", "href",
        "hreflang", "hspace", "icon", "id", "inputmode", "ismap", "keytype", "label", "lang", "leftspacing",
        "list", "longdesc", "loop", "loopcount", "loopend", "loopstart", "low", "lowsrc", "max", "maxlength",
        "media", "method", "min", "multiple", "name", "nohref", "noshade", "nowrap", "open", "optimum", "pattern",
        "ping", "point-size", "poster", "pqg", "preload", "prompt", "radiogroup", "readonly", "rel", "repeat-max",
        "repeat-min", "replace", "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope",
        "selected", "shape", "size", "span", "src", "start", "step", "summary", "suppress", "tabindex", "target",
        "template", "title", "toppadding", "type", "unselectable", "urn", "usemap", "valign", "value",
        "variable", "volume", "vrml", "vspace", "width", "wrap", "xml:lang", "action"};
    /** Attributes holding URLs: only these schemes survive (relative URLs are resolved against the base). */
    private static final String[][] URL_ATTRIBUTES = {
        {"a", "href"}, {"area", "href"}, {"img", "src"}, {"img", "longdesc"}, {"img", "lowsrc"},
        {"img", "dynsrc"}, {"img", "usemap"}, {"blockquote", "cite"}, {"q", "cite"}, {"del", "cite"},
        {"ins", "cite"}, {"audio", "src"}, {"video", "src"}, {"video", "poster"}, {"source", "src"},
        {"table", "background"}, {"td", "background"}, {"th", "background"}, {"span", "background"},
        {"div", "background"}, {":all", "action"}, {":all", "ping"}, {":all", "src"}, {":all", "href"}};
    private static final String[] SCHEMES = {"http", "https", "mailto", "ftp", "news", "nntp", "tel", "urn",
        "magnet", "xmpp", "sip", "feed", "rtsp", "mms"};

    private static final Safelist SAFELIST = build(true);

    private HtmlSanitizer() {
    }

    private static Safelist build(boolean preserveRelative) {
        Safelist s = new Safelist().addTags(ELEMENTS).addAttributes(":all", ATTRIBUTES);
        // Attributes are allowed for ":all" tags, so jsoup checks the ":all" protocol set: every URL attribute
        // must be listed there, or it would pass unchecked (javascript: links).
        for (String[] ua : URL_ATTRIBUTES) s.addProtocols(":all", ua[1], SCHEMES);
        return s.preserveRelativeLinks(preserveRelative);
    }

    /** Safe HTML fragment; {@code baseUri} (may be null) resolves relative links. */
    public static String clean(String html, String baseUri) {
        if (html == null || html.isEmpty()) return html;
        boolean absoluteBase = baseUri != null && baseUri.matches("(?i)https?://.+");
        Document dirty = Jsoup.parseBodyFragment(html, absoluteBase ? baseUri : "");
        absolutize(dirty, absoluteBase);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        // xhtml escaping writes U+00A0 as a numeric reference; keep the character itself
        return clean.body().html().replace("&#xa0;", "\u00a0");
    }

    /** Trims URL attributes and resolves them against the document's base (when it has one). */
    private static void absolutize(Document doc, boolean hasBase) {
        for (Element el : doc.body().getAllElements()) {
            for (String[] ua : URL_ATTRIBUTES) {
                String attr = ua[1];
                if (!el.hasAttr(attr) || (!ua[0].equals(":all") && !ua[0].equals(el.normalName()))) continue;
                String v = el.attr(attr).strip();
                if (hasBase) {
                    String abs = el.absUrl(attr);
                    if (!abs.isEmpty()) v = abs;
                }
                el.attr(attr, v);
            }
        }
    }

    /** Plain text of an HTML fragment, paragraphs kept as lines. */
    public static String text(String html) {
        if (html == null) return null;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript").remove();
        doc.select("br").after("\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").after("\n");
        StringBuilder out = new StringBuilder();
        for (String line : doc.body().wholeText().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) out.append(out.isEmpty() ? "" : "\n").append(l);
        }
        return out.toString();
    }
}
