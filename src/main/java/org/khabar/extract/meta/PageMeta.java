package org.khabar.extract.meta;

import org.jsoup.nodes.Document;

/** The parsed metadata sources of one page, read once and shared by the finders. */
public record PageMeta(Document doc, JsonLd jsonLd, MetaTags meta) {
    public static PageMeta of(Document doc) {
        return new PageMeta(doc, JsonLd.of(doc), MetaTags.of(doc));
    }
}
