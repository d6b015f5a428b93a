package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Readability's class/id weighting: names that say "article body" earn +25, names that say "comments, sidebar,
 * sharing, promo" cost 25. Arabic sites use the same English class names, so the lists carry over.
 */
final class ClassWeight {
    static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|news-?body");
    static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|taboola|newsletter|subscribe|most-?read|trending");

    private ClassWeight() {
    }

    static int of(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) weight -= 25;
            if (POSITIVE.matcher(cls).find()) weight += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) weight -= 25;
            if (POSITIVE.matcher(id).find()) weight += 25;
        }
        return weight;
    }
}
