package org.khabar.ingest.feed;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans foreign HTML (feed item bodies) with a jsoup {@link Safelist}. The allowlist is feedparser's: inert
 * structure, text-level, table and form elements and presentational attributes. Scripts, styles, frames, objects
 * and event handlers ({@code onerror=}...) are removed; a URL attribute whose scheme is not on the web list
 * ({@code javascript:}, {@code data:}, {@code vbscript:}) is emptied, as feedparser does; {@code style} keeps only
 * the declarations {@link CssStyleFilter} admits. Relative links are made absolute against the base.
 */
public final class HtmlSanitizer {

    private static final String[] ELEMENTS = {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big",
        "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command",
        "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "fieldset", "form", "input", "keygen", "optgroup", "option", "output", "select", "textarea",
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
        "variable", "volume", "vrml", "vspace", "width", "wrap", "xml:lang", "action", "style"};
    /** Attributes holding URLs, on any element: only web schemes survive; relative URLs are resolved. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "ping", "cite", "longdesc",
            "lowsrc", "dynsrc", "usemap", "poster", "background", "data", "icon", "template");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "ftp", "news", "nntp", "tel",
            "urn", "magnet", "xmpp", "sip", "feed", "rtsp", "mms", "irc", "ircs", "git", "sftp", "ssh", "gopher");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** Browsers ignore ASCII whitespace and C0 controls inside a scheme ("java\tscript:"), so the check does. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]+");
    /**
     * iframe content is raw text to an HTML5 parser, so a missing {@code </iframe>} would swallow the rest of the
     * item. The element is not allowed anyway: drop its tags and keep what is inside, as feedparser does.
     */
    private static final Pattern IFRAME_TAG = Pattern.compile("(?i)</?iframe(\\s[^>]*)?/?>");

    private static final Safelist SAFELIST = build(true);

    private HtmlSanitizer() {
    }

    private static Safelist build(boolean preserveRelative) {
        // No protocol lists here: jsoup would drop an unsafe URL attribute, feedparser empties it; neutralise()
        // has already done that for every URL attribute before the Cleaner runs.
        return new Safelist().addTags(ELEMENTS).addAttributes(":all", ATTRIBUTES).preserveRelativeLinks(preserveRelative);
    }

    /** Safe HTML fragment; {@code baseUri} (may be null) resolves relative links. */
    public static String clean(String html, String baseUri) {
        if (html == null || html.isEmpty()) return html;
        boolean absoluteBase = baseUri != null && baseUri.matches("(?i)https?://.+");
        Document dirty = Document.createShell(absoluteBase ? baseUri : "");
        // A template context keeps table parts (<td>, <tr>...) that arrive without their <table>.
        for (Node n : Parser.parseFragment(IFRAME_TAG.matcher(html).replaceAll(""), new Element("template"),
                absoluteBase ? baseUri : "")) {
            dirty.body().appendChild(n);
        }
        neutralise(dirty, absoluteBase);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        // xhtml escaping writes U+00A0 as a numeric reference; keep the character itself
        return clean.body().html().replace("&#xa0;", "\u00a0");
    }

    /** Empties URL attributes with a non-web scheme, resolves the rest, and filters inline CSS. */
    private static void neutralise(Document doc, boolean hasBase) {
        for (Element el : doc.body().getAllElements()) {
            for (Attribute at : el.attributes().asList()) {
                String name = at.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) {
                    String css = CssStyleFilter.filter(at.getValue());
                    if (css.isEmpty()) el.removeAttr(at.getKey());
                    else el.attr(at.getKey(), css);
                } else if (URL_ATTRIBUTES.contains(name)) {
                    el.attr(at.getKey(), safeUrl(el, at.getKey(), hasBase));
                }
            }
        }
    }

    private static String safeUrl(Element el, String attr, boolean hasBase) {
        String v = el.attr(attr).strip();
        Matcher m = SCHEME.matcher(IGNORED_IN_SCHEME.matcher(v).replaceAll("").toLowerCase(Locale.ROOT));
        if (m.find() && !SCHEMES.contains(m.group(1))) return "";
        if (hasBase && !m.find(0)) {
            String abs = el.absUrl(attr);
            if (!abs.isEmpty()) return abs;
        }
        return v;
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
