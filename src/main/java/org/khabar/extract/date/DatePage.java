package org.khabar.extract.date;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khabar.extract.meta.JsonLd;
import org.khabar.extract.meta.MetaTags;

/**
 * What the date rules look at: the parsed page, its JSON-LD and meta tags (parsed once, shared by all rules), the
 * page URL, and the element chosen as the article body (null when none was found).
 */
public record DatePage(Document doc, JsonLd jsonLd, MetaTags meta, String url, Element content) {
    public static DatePage of(Document doc, String url) {
        return new DatePage(doc, JsonLd.of(doc), MetaTags.of(doc), url, null);
    }
}
