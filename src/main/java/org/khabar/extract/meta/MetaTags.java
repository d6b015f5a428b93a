package org.khabar.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The page's {@code <meta>} values keyed by lower-cased {@code property}, {@code name} or {@code itemprop}
 * (OpenGraph, Twitter cards, Dublin Core, schema.org microdata). The first occurrence of a key wins.
 */
public final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    public static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) continue;
            for (String keyAttr : new String[]{"property", "name", "itemprop"}) {
                String keys = meta.attr(keyAttr).trim();
                if (keys.isEmpty()) continue;
                // RDFa allows several space-separated properties in one attribute
                for (String key : keys.split("\\s+")) tags.values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        return tags;
    }

    /** The first key among {@code keys} that has a value. */
    public Optional<String> first(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null) return Optional.of(v);
        }
        return Optional.empty();
    }
}
