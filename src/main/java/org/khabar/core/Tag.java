package org.khabar.core;

import java.util.Objects;

/**
 * A keyword tag. {@code key} is its identity (normalized, light-stemmed token sequence) so that
 * inflected and prefixed surface forms land on one tag page; {@code label} is the surface form shown.
 */
public record Tag(String key, String label, double score) {
    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
