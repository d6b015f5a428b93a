package org.khabar.app;

/** A search result line: the article teaser and a plain-text snippet with matches between \u0001 and \u0002. */
public record Found(Teaser teaser, String snippet) {
}
