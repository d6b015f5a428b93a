package org.khabar.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    @Test
    void tagsAndOutletsArePathEncoded() {
        assertThat(Links.tag("كرة القدم")).isEqualTo("/tags/%D9%83%D8%B1%D8%A9%20%D8%A7%D9%84%D9%82%D8%AF%D9%85");
        assertThat(Links.tag("a/b?c#d")).isEqualTo("/tags/a%2Fb%3Fc%23d");
        assertThat(Links.source("rt")).isEqualTo("/sources/rt");
    }

    @Test
    void pagesAppendToAnExistingQuery() {
        assertThat(Links.page("/", 1)).isEqualTo("/");
        assertThat(Links.page("/", 3)).isEqualTo("/?page=3");
        assertThat(Links.page(Links.search("كييف & موسكو"), 2))
                .isEqualTo("/search?q=%D9%83%D9%8A%D9%8A%D9%81+%26+%D9%85%D9%88%D8%B3%D9%83%D9%88&page=2");
        assertThat(Links.search("  ")).isEqualTo("/search");
    }
}
