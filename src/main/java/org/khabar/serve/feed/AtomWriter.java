package org.khabar.serve.feed;

import static org.khabar.serve.XmlDocument.date;
import static org.khabar.serve.XmlDocument.text;
import static org.khabar.serve.XmlDocument.xmlText;

import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.khabar.serve.XmlDocument;

/** Writes an {@link AtomFeed} as Atom 1.0 (RFC 4287), Arabic, one entry per article or story. */
public final class AtomWriter {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    public static String write(AtomFeed feed) {
        return XmlDocument.write(x -> {
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
        });
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", xmlText(href));
    }
}
