package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

    private static Instant utc(String s) {
        return PublishedDate.parse(s, ZoneOffset.UTC);
    }

    @Test
    void rfc822WithGmtAndNumericOffsets() {
        assertThat(utc("Fri, 23 Feb 2018 10:37:34 GMT")).isEqualTo("2018-02-23T10:37:34Z");
        assertThat(utc("Sun, 15 Jul 2018 21:56:56 +0400")).isEqualTo("2018-07-15T17:56:56Z");
        assertThat(utc("Thu, 17 May 2018 15:52:51 +0000")).isEqualTo("2018-05-17T15:52:51Z");
        assertThat(utc("Thu, 17 May 2018 15:52:51 +03:00")).isEqualTo("2018-05-17T12:52:51Z");
    }

    @Test
    void rfc822CommonVariants() {
        assertThat(utc("1 Mar 2018 08:00 GMT")).as("no weekday, one-digit day, no seconds")
                .isEqualTo("2018-03-01T08:00:00Z");
        assertThat(utc("Tue, 12 Jun 2018 10:00:00 EDT")).isEqualTo("2018-06-12T14:00:00Z");
        assertThat(utc("Tue, 12 Jun 2018 10:00:00 UT")).isEqualTo("2018-06-12T10:00:00Z");
        assertThat(utc("tue, 12 jun 2018 10:00:00 utc")).isEqualTo("2018-06-12T10:00:00Z");
        assertThat(utc("Tue, 12 Jun 18 10:00:00 GMT")).as("two-digit year").isEqualTo("2018-06-12T10:00:00Z");
        // a wrong weekday is a common feed bug; the date wins
        assertThat(utc("Mon, 12 Jun 2018 10:00:00 GMT")).isEqualTo("2018-06-12T10:00:00Z");
    }

    @Test
    void iso8601Forms() {
        assertThat(utc("2018-02-23T10:37:34Z")).isEqualTo("2018-02-23T10:37:34Z");
        assertThat(utc("2018-02-23T10:37:34.250+03:00")).isEqualTo("2018-02-23T07:37:34.250Z");
        assertThat(utc("2018-02-23T10:37:34+0300")).isEqualTo("2018-02-23T07:37:34Z");
        assertThat(utc("2018-02-23T10:37:34")).as("no zone: the caller's zone").isEqualTo("2018-02-23T10:37:34Z");
        assertThat(utc("2018-02-23")).as("date only: start of day").isEqualTo("2018-02-23T00:00:00Z");
    }

    @Test
    void saudiNewsNetDateExtractedIsRiyadhTime() {
        assertThat(PublishedDate.parse("2015-07-21 02:51:32", PublishedDate.RIYADH))
                .isEqualTo("2015-07-20T23:51:32Z");
    }

    @Test
    void blankIsNoDateNotAnError() {
        assertThat(utc(null)).isNull();
        assertThat(utc("  ")).isNull();
    }

    @Test
    void unparseableDatesAreRefusedWithTheText() {
        for (String bad : new String[]{"yesterday", "أمس مساء", "32 Feb 2018 10:00:00 GMT", "2018-02-30",
                "Fri, 23 Feb 2018 10:37:34 AST", "2018-13-01T00:00:00Z", "Fri, 23 Foo 2018 10:37:34 GMT",
                "Fri, 23 Feb 2018 25:37:34 GMT", "Fri, 23 Feb 2018 10:37:34 +2500"}) {
            assertThatThrownBy(() -> utc(bad)).as(bad)
                    .isInstanceOf(PublishedDate.UnparseableDateException.class)
                    .hasMessageContaining("unparseable date");
        }
    }
}
