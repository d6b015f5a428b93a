package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void httpAndHttpsFoldToHttps() {
        assertThat(CanonicalUrl.of("http://arabic.cnn.com/world/2018/02/18/news"))
                .isEqualTo(CanonicalUrl.of("https://arabic.cnn.com/world/2018/02/18/news"))
                .isEqualTo("https://arabic.cnn.com/world/2018/02/18/news");
    }

    @Test
    void schemeAndHostAreLowerCasedButPathCaseIsKept() {
        assertThat(CanonicalUrl.of("  HTTPS://WWW.BBC.co.uk/Arabic/World-43193332 "))
                .isEqualTo("https://www.bbc.co.uk/Arabic/World-43193332");
    }

    @Test
    void defaultPortsUserInfoAndFragmentAreDropped() {
        assertThat(CanonicalUrl.of("http://www.alarabiya.net:80/ar/x.html#comments"))
                .isEqualTo("https://www.alarabiya.net/ar/x.html");
        assertThat(CanonicalUrl.of("https://user:pw@www.alarabiya.net:443/ar/x.html"))
                .isEqualTo("https://www.alarabiya.net/ar/x.html");
        assertThat(CanonicalUrl.of("https://example.com:8080/a")).isEqualTo("https://example.com:8080/a");
    }

    @Test
    void trackingParametersGoOthersKeepTheirOrder() {
        assertThat(CanonicalUrl.of("https://sabq.org/x?b=2&utm_source=tw&a=1&fbclid=abc&UTM_Medium=s&gclid=1"))
                .isEqualTo("https://sabq.org/x?b=2&a=1");
        assertThat(CanonicalUrl.of("https://sabq.org/x?utm_campaign=c")).isEqualTo("https://sabq.org/x");
        assertThat(CanonicalUrl.of("http://www.al-madina.com/node/620219/x.html?live"))
                .isEqualTo("https://www.al-madina.com/node/620219/x.html?live");
    }

    @Test
    void trailingSlashFoldsExceptForTheRoot() {
        assertThat(CanonicalUrl.of("http://www.3alyoum.com/news/a/مواطن-يروي/"))
                .isEqualTo(CanonicalUrl.of("http://www.3alyoum.com/news/a/مواطن-يروي"));
        assertThat(CanonicalUrl.of("https://sabq.org")).isEqualTo("https://sabq.org/");
        assertThat(CanonicalUrl.of("https://sabq.org/")).isEqualTo("https://sabq.org/");
    }

    @Test
    void percentEncodedArabicAndRawArabicAreOneForm() {
        String raw = "https://www.alarabiya.net/ar/2018/02/11/21-مليون-وظيفة.html";
        String encoded = "https://www.alarabiya.net/ar/2018/02/11/21-%D9%85%D9%84%D9%8A%D9%88%D9%86-"
                + "%d9%88%d8%b8%d9%8a%d9%81%d8%a9.html";
        assertThat(CanonicalUrl.of(encoded)).isEqualTo(CanonicalUrl.of(raw)).isEqualTo(raw);
    }

    @Test
    void cnnApostropheEscapeMatchesTheRawCharacter() {
        assertThat(CanonicalUrl.of("https://arabic.cnn.com/world/2018/02/18/news-passenger-didn%E2%80%99t-board"))
                .isEqualTo("https://arabic.cnn.com/world/2018/02/18/news-passenger-didn’t-board");
    }

    @Test
    void reservedEscapesStayEscapedWithUpperCaseHex() {
        // decoding %2F or %3F would change the path's structure
        assertThat(CanonicalUrl.of("https://x.com/a%2fb%3Fc%7e")).isEqualTo("https://x.com/a%2Fb%3Fc~");
        assertThat(CanonicalUrl.of("https://x.com/s?q=a%26b")).isEqualTo("https://x.com/s?q=a%26b");
    }

    @Test
    void charactersThatMayNotStandRawAreEscaped() {
        assertThat(CanonicalUrl.of("https://x.com/a b\"c")).isEqualTo("https://x.com/a%20b%22c");
        // an invisible right-to-left mark stays escaped rather than becoming an invisible difference
        assertThat(CanonicalUrl.of("https://x.com/خبر%E2%80%8F")).isEqualTo("https://x.com/خبر%E2%80%8F");
        assertThat(CanonicalUrl.of("https://x.com/خبر\u200F")).isEqualTo("https://x.com/خبر%E2%80%8F");
    }

    @Test
    void invalidUtf8EscapesAreKept() {
        assertThat(CanonicalUrl.of("https://x.com/%C3%28")).isEqualTo("https://x.com/%C3%28");
        assertThat(CanonicalUrl.of("https://x.com/100%")).isEqualTo("https://x.com/100%25");
    }

    @Test
    void dotSegmentsAreRemoved() {
        assertThat(CanonicalUrl.of("https://x.com/a/./b/../c")).isEqualTo("https://x.com/a/c");
    }

    @Test
    void nonHttpOrRelativeUrlsAreRefusedWithAReason() {
        assertThatThrownBy(() -> CanonicalUrl.of("ftp://x.com/a")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> CanonicalUrl.of("/ar/news/1")).hasMessageContaining("not an absolute URL");
        assertThatThrownBy(() -> CanonicalUrl.of("  ")).hasMessage("missing URL");
        assertThatThrownBy(() -> CanonicalUrl.of(null)).hasMessage("missing URL");
        assertThatThrownBy(() -> CanonicalUrl.of("https:///path")).hasMessageContaining("without host");
        assertThatThrownBy(() -> CanonicalUrl.of("https://x.com:ab/")).hasMessageContaining("bad port");
    }

    @Test
    void canonicalFormIsAFixedPoint() {
        String[] urls = {"http://www.alarabiya.net/ar/x/خبر.html?a=1&utm_x=2#f", "https://x.com/a%2Fb",
                "https://x.com/a b", "https://arabic.cnn.com/news-iran%E2%80%99s"};
        for (String u : urls) {
            String c = CanonicalUrl.of(u);
            assertThat(CanonicalUrl.of(c)).as(u).isEqualTo(c);
        }
    }
}
