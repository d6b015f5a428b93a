package org.khabar.app;

/** What an article page says of its story, for the link to the story page. */
public record StoryRef(long id, int articleCount, int outletCount) {
}
