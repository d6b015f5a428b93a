package org.khabar.core;

/** A news outlet. {@code id} is stable (used in URLs and the API); {@code name} is its display name. */
public record Source(String id, String name, String siteUrl) {
}
