package org.khabar.extract;

import org.jsoup.nodes.Element;


/**
 * Readability's class/id weighting: names that say "article body" earn +25, names that say "comments, sidebar,
 * sharing, promo" cost 25. Arabic sites use the same English class names, so the lists carry over.
 */
final class ClassWeight {
    static final Keywords POSITIVE = new Keywords("article", "body", "content", "entry", "hentry", "h-entry",
            "main", "page", "pagination", "post", "text", "blog", "story", "detail");
    static final Keywords NEGATIVE = new Keywords("-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-",
            "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "taboola", "newsletter",
            "subscribe", "mostread", "most-read", "trending");

    private ClassWeight() {
    }

    static int of(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.foundIn(cls)) weight -= 25;
            if (POSITIVE.foundIn(cls)) weight += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.foundIn(id)) weight -= 25;
            if (POSITIVE.foundIn(id)) weight += 25;
        }
        return weight;
    }
}
