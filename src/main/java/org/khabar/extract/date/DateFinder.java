package org.khabar.extract.date;

import java.util.List;
import java.util.Optional;

/**
 * Finds the publication date by trying rules from the most to the least trustworthy: JSON-LD, meta tags,
 * {@code <time>}, the URL, then the visible text. The first rule that yields a plausible date wins.
 */
public final class DateFinder {
    private final List<DateRule> rules;

    public DateFinder() {
        this(List.of(new JsonLdDate(), new MetaDate(), new TimeElementDate(), new UrlDate(), new TextDate()));
    }

    public DateFinder(List<DateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<PublishedDate> find(DatePage page) {
        for (DateRule rule : rules) {
            Optional<PublishedDate> d = rule.find(page);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}
