package org.khabar.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.khabar.ingest.fetch.BodyDecoder;
import org.khabar.ingest.feed.ParsedFeed.Category;
import org.khabar.ingest.feed.ParsedFeed.Common;
import org.khabar.ingest.feed.ParsedFeed.Entry;
import org.khabar.ingest.feed.ParsedFeed.Link;
import org.khabar.ingest.feed.ParsedFeed.Person;
import org.khabar.ingest.feed.ParsedFeed.Text;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0 and JSON Feed 1.x into a {@link ParsedFeed}. XML goes through
 * {@link SafeXml} (no DTDs, no external entities). Element names are matched on namespace + local name, so any
 * prefix works. HTML values are sanitised before they leave the parser.
 */
public final class FeedParser {

    static final String ATOM10 = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String RSS10 = "http://purl.org/rss/1.0/";
    static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"), Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry("http://purl.org/rss/1.0/modules/content/", "content"),
            Map.entry("http://search.yahoo.com/mrss/", "media"), Map.entry("http://search.yahoo.com/mrss", "media"),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
            Map.entry("http://wellformedweb.org/CommentAPI/", "wfw"),
            Map.entry("http://purl.org/rss/1.0/modules/slash/", "slash"),
            Map.entry("http://www.w3.org/1999/xhtml", "xhtml"), Map.entry("http://webns.net/mvcb/", "admin"),
            Map.entry("http://www.w3.org/2005/Atom", ""), Map.entry("http://purl.org/atom/ns#", ""),
            Map.entry("http://purl.org/rss/1.0/", ""), Map.entry("http://my.netscape.com/rdf/simple/0.9/", ""),
            Map.entry("http://backend.userland.com/rss2", ""), Map.entry("http://blogs.law.harvard.edu/tech/rss", ""),
            Map.entry(RDF, "rdf"), Map.entry("http://purl.org/rss/1.0/modules/syndication/", "sy"),
            Map.entry("http://www.georss.org/georss", "georss"), Map.entry("http://www.w3.org/2003/01/geo/wgs84_pos#", "geo"),
            Map.entry("http://purl.org/syndication/thread/1.0", "thr"),
            Map.entry("http://www.google.com/schemas/sitemap-news/0.9", "news"),
            Map.entry("http://web.resource.org/cc/", "cc"),
            Map.entry("http://backend.userland.com/creativeCommonsRssModule", "creativecommons"),
            Map.entry("http://rssnamespace.org/feedburner/ext/1.0", "feedburner"));
    /** Prefixes khabar maps itself; elements of any other namespace are kept as extensions. */
    private static final java.util.Set<String> KNOWN_PREFIXES = java.util.Set.copyOf(PREFIXES.values());
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedParser() {
    }

    /** Decodes (see {@link BodyDecoder}) and parses a fetched body. */
    public static ParsedFeed parse(byte[] body, String contentType, String encodingOverride) throws FeedParseException {
        return parse(body, contentType, encodingOverride, null);
    }

    /** As {@link #parse(byte[], String, String)}, resolving relative links against {@code baseUrl}. */
    public static ParsedFeed parse(byte[] body, String contentType, String encodingOverride, String baseUrl)
            throws FeedParseException {
        return parse(body, contentType, encodingOverride, baseUrl, null);
    }

    /** As above; {@code contentLanguage} (HTTP Content-Language, may be null) is the language of an unmarked feed. */
    public static ParsedFeed parse(byte[] body, String contentType, String encodingOverride, String baseUrl,
                                   String contentLanguage) throws FeedParseException {
        BodyDecoder.Decoded d = BodyDecoder.decode(body, contentType, encodingOverride);
        ParsedFeed f = parse(d.text(), baseUrl, contentLanguage);
        f.encoding = d.charset().name().toLowerCase(Locale.ROOT);
        if (d.declaredButWrong() && !f.bozo) {
            f.bozo = true;
            f.bozoMessage = "declared charset is wrong; decoded as " + f.encoding;
        }
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.isEmpty() && !media.contains("xml") && !media.contains("json") && !f.bozo) {
            f.bozo = true; // parsed anyway, but the server mislabels the feed: worth a warning on the health record
            f.bozoMessage = "served as " + media + ", not an XML or JSON type";
        }
        return f;
    }

    /** Parses decoded text. {@code baseUrl} (may be null) resolves relative links, e.g. the feed's own URL. */
    public static ParsedFeed parse(String text, String baseUrl) throws FeedParseException {
        return parse(text, baseUrl, null);
    }

    private static ParsedFeed parse(String text, String baseUrl, String contentLanguage) throws FeedParseException {
        String t = windows1252Controls(text).strip();
        if (t.isEmpty()) throw new FeedParseException("empty document");
        if (t.startsWith("{")) return parseJson(t);
        SafeXml.Result r = SafeXml.load(t);
        ParsedFeed f = new ParsedFeed();
        if (contentLanguage != null && !contentLanguage.isBlank()) f.feed.language = contentLanguage.strip();
        if (r.bozoMessage() != null) {
            f.bozo = true;
            f.bozoMessage = r.bozoMessage();
        }
        new DomMapper(f, baseUrl).map(r.document());
        return f;
    }

    /**
     * C1 control characters (U+0080-U+009F) never belong in a feed; when present they are windows-1252 bytes that
     * were decoded as Latin-1 (smart quotes, dashes, the euro sign). Map them to what the author typed.
     */
    static String windows1252Controls(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < 0x80 || s.charAt(i) > 0x9f)) i++;
        if (i == s.length()) return s;
        byte[] one = new byte[1];
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80 && ch <= 0x9f) {
                one[0] = (byte) ch;
                String mapped = new String(one, WINDOWS_1252);
                out.append(mapped.charAt(0) == '\ufffd' ? ch : mapped.charAt(0));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    // ---------------------------------------------------------------- XML

    private static final class DomMapper {
        private final ParsedFeed f;
        private final String docBase;

        DomMapper(ParsedFeed f, String docBase) {
            this.f = f;
            this.docBase = docBase;
        }

        void map(Document doc) throws FeedParseException {
            Element root = doc.getDocumentElement();
            if (root == null) throw new FeedParseException("empty document");
            String name = key(root);
            String rootLang = root.getAttributeNS(XML_NS, "lang");
            if (rootLang != null && !rootLang.isEmpty()) f.feed.language = rootLang.replace('_', '-');
            switch (name) {
                case "rss" -> mapRss(root);
                case "rdf:rdf", "rdf" -> mapRdf(root);
                case "feed" -> mapAtomFeed(root);
                case "channel" -> mapRss(root); // bare channel (CDF-like)
                case "html", "xhtml:html" -> throw new FeedParseException("not a feed: got an HTML page");
                case "urlset", "sitemapindex" -> throw new FeedParseException("not a feed: got a sitemap");
                default -> throw new FeedParseException("not a feed: unknown root element <" + root.getNodeName() + ">");
            }
        }

        private void mapRss(Element root) {
            String v = root.getAttribute("version");
            f.version = switch (v) {
                case "0.92" -> "rss092";
                case "0.93" -> "rss093";
                case "0.94" -> "rss094";
                case "2.0", "2.0.1" -> "rss20";
                case "0.91" -> root.getOwnerDocument().getDoctype() != null
                        && String.valueOf(root.getOwnerDocument().getDoctype().getPublicId()).contains("Netscape")
                        ? "rss091n" : "rss091u";
                default -> key(root).equals("channel") ? "rss" : (v.startsWith("2") ? "rss20" : "rss");
            };
            Element channel = key(root).equals("channel") ? root : child(root, "channel");
            if (channel != null) channel(channel);
            for (Element e : children(channel == null ? root : channel)) if (key(e).equals("item")) entry(e);
            if (channel != null) for (Element e : children(root)) if (key(e).equals("item")) entry(e);
            if (channel != null) for (Element e : children(root)) if (key(e).equals("image")) image(e);
            for (Element e : children(root)) {
                if (key(e).equals("redirect")) {
                    String loc = text(child(e, "newlocation"));
                    if (loc != null) f.feed.extensions.put("newlocation", loc.strip());
                }
            }
        }

        private void mapRdf(Element root) {
            Element channel = child(root, "channel");
            boolean rss090 = channel != null ? RSS090.equals(channel.getNamespaceURI())
                    : root.lookupPrefix(RSS090) != null || RSS090.equals(root.lookupNamespaceURI(null));
            f.version = rss090 ? "rss090" : "rss10";
            if (channel != null) channel(channel);
            for (Element e : children(root)) {
                if (key(e).equals("item")) entry(e);
                else if (key(e).equals("image")) image(e);
            }
        }

        private void mapAtomFeed(Element root) {
            String ns = root.getNamespaceURI();
            f.version = ATOM10.equals(ns) ? "atom10" : ATOM03.equals(ns) ? "atom03" : "atom";
            channel(root);
            for (Element e : children(root)) if (key(e).equals("entry") || key(e).equals("item")) entry(e);
        }

        private void image(Element img) {
            String url = text(child(img, "url"));
            if (url != null && f.feed.imageHref == null) f.feed.imageHref = resolve(img, url);
            if (f.feed.imageTitle == null) f.feed.imageTitle = text(child(img, "title"));
            if (f.feed.imageLink == null) f.feed.imageLink = text(child(img, "link"));
            if (f.feed.imageDescription == null) f.feed.imageDescription = text(child(img, "description"));
        }

        private void channel(Element ch) {
            channel(ch, f.feed);
        }

        private void channel(Element ch, ParsedFeed.Channel c) {
            cdfAttributes(ch, c);
            for (Element e : children(ch)) {
                String k = key(e);
                if (common(c, e, k)) continue;
                switch (k) {
                    case "tagline", "description", "dc:description", "itunes:subtitle", "itunes:summary" -> {
                        if (c.subtitle == null || k.equals("tagline") || k.equals("description")) {
                            c.subtitle = textConstruct(e, k.equals("description") ? "text/html" : null);
                        }
                    }
                    case "generator" -> {
                        c.generator = text(e);
                        c.generatorUrl = resolve(e, firstNonEmpty(attr(e, "uri"), attr(e, "url")));
                        c.generatorVersion = attr(e, "version");
                    }
                    case "admin:generatoragent" -> c.generator = firstNonEmpty(rdfResource(e), c.generator);
                    case "docs" -> c.docs = resolve(e, text(e));
                    case "info" -> c.info = textConstruct(e, null);
                    case "abstract" -> {
                        if (c.subtitle == null) c.subtitle = textConstruct(e, null);
                    }
                    case "ttl" -> c.ttl = text(e);
                    case "image" -> image(e);
                    case "icon" -> c.icon = resolve(e, text(e));
                    case "logo" -> c.logo = resolve(e, text(e));
                    case "itunes:image" -> c.imageHref = firstNonEmpty(attr(e, "href"), attr(e, "url"), c.imageHref);
                    case "itunes:owner" -> c.publisher = person(e);
                    case "itunes:link" -> {
                        if ("image".equals(attr(e, "rel"))) c.imageHref = resolve(e, attr(e, "href"));
                    }
                    case "feedburner:browserfriendly" -> {
                        if (c.info == null) c.info = textConstruct(e, null);
                    }
                    case "cloud" -> {
                        Map<String, String> cloud = new java.util.LinkedHashMap<>();
                        var attrs = e.getAttributes();
                        for (int i = 0; i < attrs.getLength(); i++) {
                            cloud.put(attrs.item(i).getNodeName().toLowerCase(Locale.ROOT), attrs.item(i).getNodeValue());
                        }
                        c.extensions.put("cloud", cloud);
                    }
                    case "textinput" -> {
                        Map<String, String> ti = new java.util.LinkedHashMap<>();
                        for (Element sub : children(e)) {
                            String v = text(sub);
                            if (v != null) ti.put(key(sub), key(sub).equals("link") ? resolve(sub, v) : v);
                        }
                        c.extensions.put("textinput", ti);
                    }
                    case "dc:publisher", "webmaster", "managingeditor" -> {
                        Person p = personFromText(text(e));
                        if (k.equals("managingeditor")) {
                            if (c.author == null) c.author = p;
                            c.authors.add(p);
                        } else if (c.publisher == null) {
                            c.publisher = p;
                        }
                    }
                    default -> { }
                }
            }
        }

        /** Elements shared by channels, entries and entry sources. Returns true when handled. */
        private boolean common(Common c, Element e, String k) {
            switch (k) {
                case "title", "dc:title" -> {
                    if (c.title == null || k.equals("title")) c.title = textConstruct(e, null);
                }
                case "subtitle" -> c.subtitle = textConstruct(e, null);
                case "rights", "copyright", "dc:rights" -> {
                    if (c.rights == null || !k.startsWith("dc:")) c.rights = textConstruct(e, null);
                }
                case "id" -> c.id = resolve(e, text(e));
                case "link" -> link(c, e);
                case "language", "dc:language" -> c.language = text(e);
                case "updated", "modified", "lastbuilddate", "dc:date", "dcterms:modified" -> {
                    if (c.updated == null || !k.startsWith("dc")) {
                        c.updated = text(e);
                        c.updatedParsed = FeedDates.parse(c.updated);
                    }
                }
                case "published", "issued", "pubdate", "dcterms:issued" -> {
                    c.published = text(e);
                    c.publishedParsed = FeedDates.parse(c.published);
                    if (c.updated == null && k.equals("pubdate")) {
                        c.updated = c.published;
                        c.updatedParsed = c.publishedParsed;
                    }
                }
                case "author", "dc:creator", "itunes:author", "dc:author" -> {
                    Person p = hasElementChildren(e) ? person(e) : personFromText(text(e));
                    if (c.author == null || k.equals("author")) c.author = p;
                    if (!k.startsWith("itunes")) c.authors.add(p);
                }
                case "contributor", "dc:contributor" -> c.contributors.add(hasElementChildren(e) ? person(e)
                        : personFromText(text(e)));
                case "itunes:category" -> {
                    c.tags.add(new Category(attr(e, "text"), "http://www.itunes.com/", null));
                    for (Element sub : children(e)) {
                        if (key(sub).equals("itunes:category")) {
                            c.tags.add(new Category(attr(sub, "text"), "http://www.itunes.com/", null));
                        }
                    }
                }
                case "dcterms:created" -> c.extensions.put("created", text(e));
                case "dcterms:valid" -> {
                    String v = text(e);
                    if (v != null) for (String part : v.split(";")) {
                        String[] kv = part.split("=", 2);
                        if (kv.length == 2 && (kv[0].strip().equals("start") || kv[0].strip().equals("end"))) {
                            c.extensions.put("validity_" + kv[0].strip(), kv[1].strip());
                        }
                    }
                }
                case "cc:license", "creativecommons:license" ->
                        c.extensions.put("license", firstNonEmpty(rdfResource(e), text(e)));
                case "media:category" -> c.tags.add(new Category(text(e),
                        firstNonEmpty(attr(e, "scheme"), "http://search.yahoo.com/mrss/category_schema"), attr(e, "label")));
                case "category", "dc:subject" -> {
                    String term = firstNonEmpty(attr(e, "term"), attr(e, "text"), text(e));
                    String scheme = firstNonEmpty(attr(e, "scheme"), attr(e, "domain"));
                    c.tags.add(new Category(term, scheme, attr(e, "label")));
                }
                case "dc:publisher" -> {
                    if (c.publisher == null) c.publisher = personFromText(text(e));
                }
                case "itunes:keywords" -> {
                    String kw = text(e);
                    if (kw != null) for (String w : kw.split(",")) {
                        if (!w.isBlank()) c.tags.add(new Category(w.strip(), "http://www.itunes.com/", null));
                    }
                }
                default -> {
                    int colon = k.indexOf(':');
                    if (colon > 0 && !KNOWN_PREFIXES.contains(k.substring(0, colon)) && !hasElementChildren(e)) {
                        c.extensions.putIfAbsent(k.replace(':', '_'), text(e));
                        return true;
                    }
                    return false;
                }
            }
            return true;
        }

        private void link(Common c, Element e) {
            String href = attr(e, "href");
            if (href == null) {
                if (hasElementChildren(e)) return;
                String t = text(e);
                if (t == null) t = rdfResource(e);
                if (t == null) return;
                String abs = resolve(e, t.strip());
                if (c.link == null) c.link = abs;
                c.links.add(new Link(abs, "alternate", "text/html", null, null));
                return;
            }
            String rel = firstNonEmpty(attr(e, "rel"), "alternate");
            String abs = resolve(e, href);
            Long len = parseLong(attr(e, "length"));
            String type = attr(e, "type");
            if (type == null && rel.equals("self") && f.version.startsWith("atom")) type = "application/atom+xml";
            Link l = new Link(abs, rel, type, attr(e, "title"), len, attr(e, "hreflang"));
            c.links.add(l);
            if (rel.equals("alternate") && c.link == null) c.link = abs;
            if (rel.equals("enclosure") && c instanceof Entry en) en.enclosures.add(l);
        }

        /** Microsoft CDF keeps a channel's or item's link and date in HREF and LASTMOD attributes. */
        private void cdfAttributes(Element el, Common c) {
            if (el.getNamespaceURI() != null && !el.getNamespaceURI().isEmpty()) return;
            String href = attr(el, "href");
            if (href != null && c.link == null) {
                c.link = resolve(el, href);
                c.links.add(new Link(c.link, "alternate", "text/html", null, null));
            }
            String lastmod = attr(el, "lastmod");
            if (lastmod != null && c.updated == null) {
                c.updated = lastmod;
                c.updatedParsed = FeedDates.parse(lastmod);
            }
        }

        private void entry(Element item) {
            Entry en = new Entry();
            cdfAttributes(item, en);
            for (Element e : children(item)) {
                String k = key(e);
                if (k.equals("source")) {
                    ParsedFeed.Channel src = new ParsedFeed.Channel();
                    en.source = src;
                    if (hasElementChildren(e)) {
                        channel(e, src);
                    } else {
                        en.source.title = new Text(text(e), "text/plain", lang(e), base(e));
                        String url = attr(e, "url");
                        if (url != null) {
                            en.source.link = url;
                            en.source.extensions.put("href", url);
                        }
                    }
                    continue;
                }
                if (common(en, e, k)) continue;
                switch (k) {
                    case "guid" -> {
                        en.guid = text(e);
                        en.id = en.guid;
                        String perma = attr(e, "isPermaLink");
                        en.guidIsLink = en.guid != null && !"false".equalsIgnoreCase(perma)
                                && en.guid.matches("(?i)https?://.*");
                        if (en.guidIsLink && en.link == null) en.link = en.guid;
                    }
                    case "description", "summary", "dc:description", "abstract" -> {
                        if (en.summary == null || !k.startsWith("dc")) {
                            en.summary = textConstruct(e, k.equals("description") ? "text/html" : null);
                        }
                    }
                    case "itunes:summary", "itunes:subtitle" -> {
                        if (en.summary == null) en.summary = textConstruct(e, "text/plain");
                        if (k.equals("itunes:subtitle") && en.subtitle == null) en.subtitle = textConstruct(e, "text/plain");
                    }
                    case "content" -> {
                        Text t = textConstruct(e, null);
                        String src = attr(e, "src");
                        if (src != null) t = new Text(t.value(), t.type(), t.language(), t.base(), resolve(e, src));
                        en.content.add(t);
                    }
                    case "itunes:duration" -> en.extensions.put("itunes_duration", text(e));
                    case "itunes:link" -> {
                        if ("image".equals(attr(e, "rel"))) en.imageHref = resolve(e, attr(e, "href"));
                    }
                    case "dcterms:created" -> {
                        en.created = text(e);
                        en.createdParsed = FeedDates.parse(en.created);
                    }
                    case "media:player" -> {
                        Map<String, String> player = new java.util.LinkedHashMap<>();
                        player.put("url", resolve(e, attr(e, "url")));
                        player.put("content", text(e) == null ? "" : text(e));
                        en.extensions.put("media_player", player);
                    }
                    case "content:encoded", "xhtml:body", "xhtml:div", "fullitem", "body" -> en.content.add(contentHtml(e, k));
                    case "wfw:comment" -> en.wfwComment = resolve(e, text(e));
                    case "wfw:commentrss" -> en.wfwCommentRss = resolve(e, text(e));
                    case "created" -> {
                        en.created = text(e);
                        en.createdParsed = FeedDates.parse(en.created);
                    }
                    case "expirationdate", "dcterms:valid" -> {
                        en.expired = text(e);
                        en.expiredParsed = FeedDates.parse(en.expired);
                    }
                    case "comments" -> en.comments = resolve(e, text(e));
                    case "enclosure", "media:content" -> {
                        String url = attr(e, "url");
                        if (url != null) en.enclosures.add(new Link(resolve(e, url), "enclosure",
                                firstNonEmpty(attr(e, "type"), attr(e, "medium")), null,
                                parseLong(firstNonEmpty(attr(e, "length"), attr(e, "fileSize")))));
                    }
                    case "media:thumbnail" -> {
                        if (en.imageHref == null) en.imageHref = attr(e, "url");
                        @SuppressWarnings("unchecked")
                        List<Map<String, String>> thumbs = (List<Map<String, String>>) en.extensions
                                .computeIfAbsent("media_thumbnail", x -> new ArrayList<Map<String, String>>());
                        Map<String, String> th = new java.util.LinkedHashMap<>();
                        for (String a : new String[] {"url", "width", "height", "time"}) {
                            if (attr(e, a) != null) th.put(a, attr(e, a));
                        }
                        thumbs.add(th);
                    }
                    case "itunes:image" -> en.imageHref = firstNonEmpty(attr(e, "href"), attr(e, "url"), en.imageHref);
                    case "media:title" -> {
                        if (en.title == null) en.title = textConstruct(e, null);
                    }
                    default -> { }
                }
            }
            String about = item.getAttributeNS(RDF, "about");
            if (en.id == null && about != null && !about.isEmpty()) en.id = about;
            if (en.link == null && en.guidIsLink) en.link = en.guid;
            if (en.id == null && en.link != null && !f.version.startsWith("atom")) {
                en.id = null; // RSS without guid: identity falls back to the link (see ItemIdentity)
            }
            if (en.updated == null && en.published != null) {
                en.updated = en.published;
                en.updatedParsed = en.publishedParsed;
            }
            f.entries.add(en);
        }

        private Text contentHtml(Element e, String k) {
            String value = k.startsWith("xhtml") || (k.equals("body") && hasElementChildren(e)) ? innerXml(e) : text(e);
            String base = base(e);
            String type = k.startsWith("xhtml") ? "application/xhtml+xml" : "text/html";
            return new Text(HtmlSanitizer.clean(value == null ? "" : value, base).strip(), type, lang(e), base);
        }

        /** Atom/RSS text construct with its type, xml:lang and xml:base; HTML is sanitised. */
        private Text textConstruct(Element e, String defaultType) {
            String type = attr(e, "type");
            String mode = attr(e, "mode");
            String base = base(e);
            String lang = lang(e);
            String mime;
            if (type == null) mime = defaultType != null ? defaultType : "text/plain";
            else {
                mime = switch (type.toLowerCase(Locale.ROOT)) {
                    case "text", "plain" -> "text/plain";
                    case "html" -> "text/html";
                    case "xhtml" -> "application/xhtml+xml";
                    default -> type.toLowerCase(Locale.ROOT);
                };
            }
            String value;
            boolean atom10Binary = f.version.equals("atom10") && type != null && !mime.startsWith("text/")
                    && !mime.contains("xml");
            if ("xml".equalsIgnoreCase(mode) || mime.equals("application/xhtml+xml") || hasElementChildren(e)) {
                value = "xhtml".equalsIgnoreCase(type) ? innerXmlOfXhtml(e) : innerXml(e).strip();
            } else {
                value = rawText(e);
                if ("base64".equalsIgnoreCase(mode) || atom10Binary) {
                    try {
                        value = new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException ex) {
                        // keep raw text: better than nothing
                    }
                }
            }
            if (value == null) value = "";
            if (hasElementChildren(e) && mime.equals("text/plain")) mime = "text/html"; // naked markup
            boolean html = mime.equals("text/html") || mime.contains("xhtml") || mime.endsWith("+xml")
                    || (mime.equals("text/plain") && looksLikeHtml(value) && defaultType != null);
            if (mime.equals("text/plain") && looksLikeHtml(value) && defaultType == null
                    && !"text".equalsIgnoreCase(type) && !f.version.startsWith("atom")) {
                html = true;
                mime = "text/html";
            }
            if (html) value = HtmlSanitizer.clean(value, base);
            else value = value.strip();
            return new Text(html ? value.strip() : value, mime, lang, base);
        }

        private static boolean looksLikeHtml(String s) {
            return s.matches("(?s).*</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>.*") || s.matches("(?s).*&#?\\w+;.*");
        }

        /** Atom xhtml content: the children of the wrapping xhtml div, serialised. */
        private String innerXmlOfXhtml(Element e) {
            List<Element> kids = children(e);
            if (kids.size() == 1 && kids.get(0).getLocalName() != null
                    && kids.get(0).getLocalName().equalsIgnoreCase("div") && textOnlyWhitespace(e)) {
                return innerXml(kids.get(0)).strip();
            }
            return innerXml(e).strip();
        }

        private static boolean textOnlyWhitespace(Element e) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                        && !n.getNodeValue().isBlank()) return false;
            }
            return true;
        }

        private String innerXml(Element e) {
            StringBuilder sb = new StringBuilder();
            try {
                Transformer t = TransformerFactory.newInstance().newTransformer();
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
                t.setOutputProperty(OutputKeys.METHOD, "xml");
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                        sb.append(org.jsoup.nodes.Entities.escape(n.getNodeValue()));
                    } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                        StringWriter w = new StringWriter();
                        t.transform(new DOMSource(n), new StreamResult(w));
                        sb.append(w.toString().replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", ""));
                    }
                }
            } catch (Exception ex) {
                return e.getTextContent();
            }
            return sb.toString();
        }

        private String rdfResource(Element e) {
            String r = e.getAttributeNS(RDF, "resource");
            return r == null || r.isEmpty() ? null : r;
        }

        private Person person(Element e) {
            String name = null, email = null, url = null;
            for (Element c : children(e)) {
                switch (key(c)) {
                    case "name", "itunes:name" -> name = text(c);
                    case "email", "itunes:email" -> email = text(c);
                    case "uri", "url", "homepage" -> url = resolve(c, text(c));
                    default -> { }
                }
            }
            return new Person(name, email, url);
        }

        private String base(Element e) {
            List<String> bases = new ArrayList<>();
            for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
                String b = el.getAttributeNS(XML_NS, "base");
                if (b == null || b.isEmpty()) b = el.getAttribute("xml:base");
                if (b == null || b.isEmpty()) b = el.getAttribute("BASE"); // CDF
                if (b == null || b.isEmpty()) continue;
                b = b.strip().replaceFirst("^(?i)(https?):/{3,}", "$1://"); // "http:///host/": a common typo
                // A script or data base would turn every relative link into one: ignore it, as feedparser does.
                if (b.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !b.matches("(?i)^(https?|ftp|file):.*")) continue;
                bases.add(0, b);
            }
            String cur = docBase;
            for (String b : bases) cur = cur == null ? b : resolveUri(cur, b);
            return cur;
        }

        private String lang(Element e) {
            for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
                String l = el.getAttributeNS(XML_NS, "lang");
                if (l == null || l.isEmpty()) l = el.getAttribute("xml:lang");
                if (l != null && !l.isEmpty()) return l.replace('_', '-');
            }
            return f.feed.language;
        }

        private String resolve(Element e, String url) {
            if (url == null) return null;
            String b = base(e);
            return b == null ? url : resolveUri(b, url);
        }
    }

    static String resolveUri(String base, String rel) {
        try {
            URI b = new URI(base.strip());
            if (!b.isAbsolute()) return rel;
            return b.resolve(new URI(rel.strip().replace(" ", "%20"))).toString();
        } catch (Exception e) {
            return rel;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Canonical "prefix:local" name of an element, lower-cased, independent of the prefix the document uses. */
    static String key(Element e) {
        String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        String ns = e.getNamespaceURI();
        String prefix = null;
        if (ns != null) {
            prefix = PREFIXES.get(ns);
            if (prefix == null) prefix = PREFIXES.get(ns.toLowerCase(Locale.ROOT));
            if (prefix == null) prefix = e.getPrefix() == null ? "" : e.getPrefix();
        } else if (e.getNodeName().contains(":")) {
            int i = e.getNodeName().indexOf(':');
            prefix = e.getNodeName().substring(0, i);
            local = e.getNodeName().substring(i + 1);
        }
        String k = (prefix == null || prefix.isEmpty()) ? local : prefix + ":" + local;
        return k.toLowerCase(Locale.ROOT);
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) out.add(el);
        }
        return out;
    }

    static Element child(Element parent, String key) {
        for (Element e : children(parent)) if (key(e).equals(key)) return e;
        return null;
    }

    static boolean hasElementChildren(Element e) {
        return !children(e).isEmpty();
    }

    static String rawText(Element e) {
        return e == null ? null : e.getTextContent();
    }

    static String text(Element e) {
        if (e == null) return null;
        String t = e.getTextContent();
        if (t == null) return null;
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    static String attr(Element e, String name) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String local = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (local.equalsIgnoreCase(name) && (a.getNamespaceURI() == null || a.getNamespaceURI().isEmpty()
                    || a.getNamespaceURI().equals(e.getNamespaceURI()))) {
                return a.getValue();
            }
        }
        return null;
    }

    static Person personFromText(String s) {
        if (s == null) return new Person(null, null, null);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("([\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+)").matcher(s);
        if (!m.find()) return new Person(s.strip(), null, null);
        String email = m.group(1);
        String name = (s.substring(0, m.start()) + s.substring(m.end())).replaceAll("[()<>]|mailto:", " ").strip();
        return new Person(name.isEmpty() ? null : name, email, null);
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    static Long parseLong(String s) {
        try {
            return s == null ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- JSON Feed

    static ParsedFeed parseJson(String text) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            throw new FeedParseException("invalid JSON feed: " + e.getMessage(), e);
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException("not a JSON Feed: missing jsonfeed.org version");
        }
        ParsedFeed f = new ParsedFeed();
        f.version = "json" + version.substring("https://jsonfeed.org/version/".length()).replace(".", "");
        ParsedFeed.Channel c = f.feed;
        c.title = jsonText(root, "title");
        c.link = str(root, "home_page_url");
        if (c.link != null) c.links.add(new Link(c.link, "alternate", "text/html", null, null));
        String feedUrl = str(root, "feed_url");
        if (feedUrl != null) c.links.add(new Link(feedUrl, "self", null, null, null));
        c.subtitle = jsonText(root, "description");
        c.icon = str(root, "icon");
        c.language = str(root, "language");
        c.author = jsonAuthor(root, c.authors);
        for (JsonNode item : root.path("items")) {
            Entry en = new Entry();
            en.id = str(item, "id");
            en.guid = en.id;
            en.link = str(item, "url");
            if (en.link != null) en.links.add(new Link(en.link, "alternate", "text/html", null, null));
            en.title = jsonText(item, "title");
            String html = str(item, "content_html");
            String txt = str(item, "content_text");
            if (html != null) en.content.add(new Text(HtmlSanitizer.clean(html, en.link), "text/html", null, null));
            if (txt != null) en.content.add(new Text(txt, "text/plain", null, null));
            String summary = str(item, "summary");
            if (summary != null) en.summary = new Text(summary, "text/plain", null, null);
            else if (!en.content.isEmpty()) en.summary = en.content.get(0);
            en.published = str(item, "date_published");
            en.publishedParsed = FeedDates.parse(en.published);
            en.updated = firstNonEmpty(str(item, "date_modified"), en.published);
            en.updatedParsed = FeedDates.parse(en.updated);
            en.author = jsonAuthor(item, en.authors);
            en.imageHref = str(item, "image");
            for (JsonNode t : item.path("tags")) en.tags.add(new Category(t.asText(), null, null));
            for (JsonNode a : item.path("attachments")) {
                Long size = a.has("size_in_bytes") ? a.get("size_in_bytes").asLong() : null;
                en.enclosures.add(new Link(str(a, "url"), "enclosure", str(a, "mime_type"), str(a, "title"), size));
            }
            f.entries.add(en);
        }
        return f;
    }

    private static Person jsonAuthor(JsonNode n, List<Person> all) {
        Person first = null;
        JsonNode authors = n.path("authors");
        if (authors.isArray()) {
            for (JsonNode a : authors) {
                Person p = new Person(str(a, "name"), null, str(a, "url"));
                all.add(p);
                if (first == null) first = p;
            }
        }
        JsonNode a = n.path("author");
        if (a.isObject()) {
            Person p = new Person(str(a, "name"), null, str(a, "url"));
            if (all.isEmpty()) all.add(p);
            if (first == null) first = p;
        }
        return first;
    }

    private static Text jsonText(JsonNode n, String field) {
        String s = str(n, field);
        return s == null ? null : new Text(s, "text/plain", null, null);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
