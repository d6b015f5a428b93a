package org.khabar.extract.date;

import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Publication dates in {@code <meta>} tags (OpenGraph article:published_time, Dublin Core, Parse.ly, Sailthru,
 * schema.org microdata …) and elements marked {@code itemprop="datePublished"}. Modification dates are not used.
 */
public final class MetaDate implements DateRule {
    private static final String[] KEYS = {
            "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
            "article.published", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
            "date", "created", "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original",
    };

    @Override
    public String name() {
        return "meta";
    }

    @Override
    public Optional<PublishedDate> find(DatePage page) {
        for (String key : KEYS) {
            Optional<PublishedDate> d = page.meta().first(key).flatMap(s -> DateParsing.parse(s, name()));
            if (d.isPresent()) return d;
        }
        for (Element e : page.doc().select("[itemprop=datePublished]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<PublishedDate> d = DateParsing.parse(v, name());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}
