package org.khabar.ingest.feed;

import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Loads untrusted XML into a DOM with DTDs and external entities disabled. A DOCTYPE that declares entities
 * (the carrier of XXE and billion-laughs attacks) is refused outright; a plain DOCTYPE (old RSS 0.91 feeds) is
 * stripped. HTML named entities that XML does not know (&amp;nbsp; ...) are rewritten as numeric references,
 * as real feeds use them freely. Ill-formed documents are parsed leniently with jsoup and flagged.
 */
public final class SafeXml {

    /** The parsed DOM, and why it had to be read leniently (null when well-formed). */
    public record Result(Document document, String bozoMessage) {
    }

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?(?:]]>|$)", Pattern.DOTALL);

    private SafeXml() {
    }

    public static Result load(String xml) throws FeedParseException {
        String text = stripDoctype(xml);
        text = numericEntities(text);
        try {
            return new Result(strictBuilder().parse(new InputSource(new StringReader(text))), null);
        } catch (SAXException e) {
            String why = e instanceof SAXParseException p
                    ? "line " + p.getLineNumber() + ": " + e.getMessage() : e.getMessage();
            org.jsoup.nodes.Document loose = Parser.xmlParser().parseInput(text, "");
            if (loose.children().isEmpty()) throw new FeedParseException("not XML: " + why);
            return new Result(W3CDom.convert(loose), "ill-formed XML, parsed leniently (" + why + ")");
        } catch (java.io.IOException e) {
            throw new FeedParseException("cannot read XML: " + e.getMessage(), e);
        }
    }

    static String stripDoctype(String xml) throws FeedParseException {
        Matcher m = DOCTYPE.matcher(xml);
        if (!m.find()) {
            if (xml.regionMatches(true, 0, "<!DOCTYPE", 0, 9) || xml.contains("<!ENTITY")) {
                throw new FeedParseException("refused: malformed DOCTYPE / entity declarations in feed");
            }
            return xml;
        }
        if (ENTITY_DECL.matcher(m.group()).find()) {
            throw new FeedParseException("refused: feed declares DTD entities (XXE / entity expansion is not allowed)");
        }
        return xml.substring(0, m.start()) + xml.substring(m.end());
    }

    /** Rewrites HTML named entities as numeric references, leaving CDATA sections untouched. */
    static String numericEntities(String xml) {
        if (xml.indexOf('&') < 0) return xml;
        StringBuilder out = new StringBuilder(xml.length());
        Matcher cdata = CDATA.matcher(xml);
        int pos = 0;
        while (cdata.find()) {
            out.append(replaceEntities(xml.substring(pos, cdata.start())));
            out.append(cdata.group());
            pos = cdata.end();
        }
        out.append(replaceEntities(xml.substring(pos)));
        return out.toString();
    }

    private static String replaceEntities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = NAMED_ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String repl = m.group();
            if (!isXmlEntity(name) && Entities.isNamedEntity(name)) {
                String chars = Entities.getByName(name);
                StringBuilder num = new StringBuilder();
                chars.codePoints().forEach(cp -> num.append("&#").append(cp).append(';'));
                repl = num.toString();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isXmlEntity(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private static DocumentBuilder strictBuilder() throws FeedParseException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() { // default handler prints "[Fatal Error]" to stderr
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) throws SAXException { throw e; }
                @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new FeedParseException("XML parser cannot be configured securely: " + e.getMessage(), e);
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
