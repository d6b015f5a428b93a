package org.khabar.dedup;

import java.util.Optional;

/**
 * Bodies of stored articles, for the checks that fingerprints cannot make ({@link TemplateSlots}). Fingerprints keep
 * no text, so the detector asks for the body of a candidate only after its fingerprint already matched.
 */
@FunctionalInterface
public interface TextSource {

    /** No texts: the detector decides on fingerprints alone. */
    TextSource NONE = id -> Optional.empty();

    Optional<String> bodyOf(long articleId);
}
