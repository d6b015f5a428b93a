package org.khabar.analyze;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of a headline that two headlines on one topic share: the distinct {@link LightStems} of its content
 * words, as the story features read titles. Thread-safe.
 */
public final class HeadlineWords {
    private final LightStems stems = new LightStems();

    public Set<String> of(String headline) {
        return new HashSet<>(stems.of(headline));
    }
}
