package org.khabar.store;

/** A tag and how many canonical articles of a span carry it; {@code label} is its most frequent written form there. */
public record TagCount(String key, String label, long articles) {
}
