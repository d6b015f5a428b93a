package org.khabar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemIdentityTest {

    @Test
    void trackingParametersAreStripped() {
        assertThat(ItemIdentity.cleanUrl("https://WWW.Ex.org:443/a/b?id=7&utm_source=tw&utm_medium=x&fbclid=Z#top"))
                .isEqualTo("https://www.ex.org/a/b?id=7");
        assertThat(ItemIdentity.cleanUrl("http://ex.org?utm_campaign=1")).isEqualTo("http://ex.org/");
    }

    @Test
    void guidWinsWhenStableElseCleanLink() {
        ParsedFeed.Entry e = new ParsedFeed.Entry();
        e.guid = "story-123";
        e.link = "https://ex.org/a?utm_source=rss";
        assertThat(ItemIdentity.of(e)).isEqualTo("guid:story-123");
        e.guid = "1764583200"; // a timestamp that changes on every poll
        assertThat(ItemIdentity.of(e)).isEqualTo("url:https://ex.org/a");
        e.guid = null;
        assertThat(ItemIdentity.of(e)).isEqualTo("url:https://ex.org/a");
    }

    @Test
    void permalinkGuidsAreCleanedLikeLinks() {
        ParsedFeed.Entry a = new ParsedFeed.Entry();
        a.guid = "https://ex.org/a?utm_source=feed";
        ParsedFeed.Entry b = new ParsedFeed.Entry();
        b.guid = "https://ex.org/a?fbclid=123";
        assertThat(ItemIdentity.of(a)).isEqualTo(ItemIdentity.of(b)).isEqualTo("url:https://ex.org/a");
    }
}
