package org.khabar.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import org.khabar.extract.meta.JsonLd;

import java.util.Optional;

/** {@code datePublished} (else {@code dateCreated}) of the page's JSON-LD article, then of its WebPage object. */
public final class JsonLdDate implements DateRule {
    @Override
    public String name() {
        return "json-ld";
    }

    @Override
    public Optional<PublishedDate> find(DatePage page) {
        for (String field : new String[]{"datePublished", "dateCreated"}) {
            for (JsonNode n : page.jsonLd().articlesThenPages()) {
                Optional<PublishedDate> d = JsonLd.text(n.get(field)).flatMap(s -> DateParsing.parse(s, name()));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }
}
