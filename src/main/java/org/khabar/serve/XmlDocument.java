package org.khabar.serve;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML documents khabar writes for machines (Atom feeds, sitemaps), through StAX, which escapes markup. Text from
 * outlets may hold characters XML 1.0 cannot carry at all (C0 controls, lone surrogates): {@link #text} drops them,
 * so every document parses.
 */
public final class XmlDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes a document's root element and everything inside it. */
    public interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    /** A UTF-8 XML document as a string. */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            body.write(x);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an XML document to a string", e); // no I/O to fail
        }
        return out.toString();
    }

    /** An element of the default namespace holding {@code value} as text (null: empty). */
    public static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(xmlText(value));
        x.writeEndElement();
    }

    /** RFC 3339 / W3C date-time in UTC, as Atom and sitemaps want it. */
    public static String date(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** {@link #xmlChars}, with null as empty: for any text written into XML. */
    public static String xmlText(String s) {
        return s == null ? "" : xmlChars(s);
    }

    /** The text without the characters XML 1.0 forbids (it allows tab, newline, carriage return and most of Unicode). */
    public static String xmlChars(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            else if (ok && b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
