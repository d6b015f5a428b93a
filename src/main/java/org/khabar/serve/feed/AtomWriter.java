package org.khabar.serve.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AtomFeed} as Atom 1.0 (RFC 4287) through StAX, which escapes markup. Text from outlets may hold
 * characters XML 1.0 cannot carry at all (C0 controls, lone surrogates): those are dropped, so the document always
 * parses.
 */
public final class AtomWriter {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AtomWriter() {
    }

    public static String write(AtomFeed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "ar");
            text(x, "title", feed.title());
            text(x, "id", feed.selfUrl());
            link(x, "self", feed.selfUrl(), "application/atom+xml");
            link(x, "alternate", feed.pageUrl(), "text/html");
            text(x, "updated", date(feed.updated()));
            text(x, "generator", "khabar");
            for (AtomFeed.Entry e : feed.entries()) {
                x.writeStartElement("entry");
                text(x, "title", e.title());
                text(x, "id", e.pageUrl());
                link(x, "alternate", e.pageUrl(), "text/html");
                if (e.originalUrl() != null) link(x, "via", e.originalUrl(), "text/html");
                if (e.published() != null) text(x, "published", date(e.published()));
                Instant updated = e.updated() != null ? e.updated() : e.published();
                text(x, "updated", date(updated != null ? updated : feed.updated()));
                x.writeStartElement("author");
                text(x, "name", e.outlet());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an Atom feed to a string", e); // no I/O to fail
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(xmlChars(value == null ? "" : value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", xmlChars(href));
    }

    private static String date(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** {@link #xmlChars}, with null as empty: for any text written into XML. */
    public static String xmlText(String s) {
        return s == null ? "" : xmlChars(s);
    }

    /** The text without the characters XML 1.0 forbids (it allows tab, newline, carriage return and most of Unicode). */
    static String xmlChars(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            else if (ok && b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
