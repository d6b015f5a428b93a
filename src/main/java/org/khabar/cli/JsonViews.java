package org.khabar.cli;

import org.khabar.app.SimilarItem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON shapes for command output. */
final class JsonViews {
    private JsonViews() {
    }

    static Map<String, Object> item(SimilarItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.teaser().id());
        m.put("title", item.teaser().title());
        m.put("source", item.teaser().source().name());
        m.put("published", item.teaser().published() == null ? null : item.teaser().published().toString());
        m.put("sharedTags", item.sharedTags());
        return m;
    }
}
