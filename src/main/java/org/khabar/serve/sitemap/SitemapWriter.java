package org.khabar.serve.sitemap;

import static org.khabar.serve.XmlDocument.date;
import static org.khabar.serve.XmlDocument.text;
import static org.khabar.serve.XmlDocument.xmlText;

import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.khabar.serve.XmlDocument;

/** Sitemaps (sitemaps.org 0.9) and a Google News sitemap ({@link XmlDocument}). */
public final class SitemapWriter {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** One address; {@code lastModified} may be null. */
    public record Url(String loc, Instant lastModified) {
    }

    /** One article of the news sitemap: its page here, headline and publication time. */
    public record NewsUrl(String loc, String title, Instant published) {
    }

    private SitemapWriter() {
    }

    /** A sitemap index: the addresses of the sitemaps. */
    public static String index(List<String> sitemaps) {
        return XmlDocument.write(x -> {
            x.writeStartElement("sitemapindex");
            x.writeDefaultNamespace(SITEMAP);
            for (String loc : sitemaps) {
                x.writeStartElement("sitemap");
                text(x, "loc", loc);
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }

    public static String urls(List<Url> urls) {
        return XmlDocument.write(x -> {
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            for (Url u : urls) {
                x.writeStartElement("url");
                text(x, "loc", u.loc());
                if (u.lastModified() != null) text(x, "lastmod", date(u.lastModified()));
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }

    /** The news sitemap: the portal's name and language on every article, as the format asks. */
    public static String news(String publication, List<NewsUrl> urls) {
        return XmlDocument.write(x -> {
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            x.writeNamespace("news", NEWS);
            for (NewsUrl u : urls) {
                x.writeStartElement("url");
                text(x, "loc", u.loc());
                x.writeStartElement("news", "news", NEWS);
                x.writeStartElement("news", "publication", NEWS);
                newsText(x, "name", publication);
                newsText(x, "language", "ar");
                x.writeEndElement();
                newsText(x, "publication_date", date(u.published()));
                newsText(x, "title", u.title());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }

    private static void newsText(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement("news", element, NEWS);
        x.writeCharacters(xmlText(value));
        x.writeEndElement();
    }
}
