package org.khabar.extract.date;

import java.util.Optional;

/** One way of finding a page's publication date; {@link DateFinder} tries the rules in order of trust. */
public interface DateRule {
    String name();

    Optional<PublishedDate> find(DatePage page);
}
