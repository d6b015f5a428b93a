package org.khabar.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockSegmenterTest {
    @Test
    void paragraphsAndDivTextWithBreaksBecomeBlocks() {
        Element body = Jsoup.parse("<div id='d'>سطر أول، هنا<br><br>سطر <b>ثان</b><p>فقرة <a href='#'>رابط</a></p>ذيل</div>").body();
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("سطر أول، هنا\nسطر ثان", "فقرة رابط", "ذيل");
        TextBlock first = blocks.get(0);
        assertThat(first.container().id()).isEqualTo("d");
        // text beside block children: the div itself is the scored parent
        assertThat(first.scoreParent().id()).isEqualTo("d");
        assertThat(first.commas()).isEqualTo(1);
        TextBlock p = blocks.get(1);
        assertThat(p.tag()).isEqualTo("p");
        assertThat(p.scoreParent().id()).isEqualTo("d");
        assertThat(p.linkChars()).isEqualTo(4);
        assertThat(p.linkDensity()).isCloseTo(4 / 8.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void spacesCollapseButInvisibleCharactersStay() {
        // U+200B zero-width space and U+00AD soft hyphen are text as published; runs of (no-break) spaces collapse
        Element body = Jsoup.parse("<p>\u00a0 كلمة\u200b  أخرى\u00ad\u2003 نهاية\u200b\u200b </p>").body();
        assertThat(BlockSegmenter.segment(body)).extracting(TextBlock::text)
                .containsExactly("كلمة\u200b أخرى\u00ad نهاية\u200b\u200b");
    }

    @Test
    void inlineElementWrappingABlockIsWalkedAsABlock() {
        Element body = Jsoup.parse("<div><a href='#'><div>عنوان داخل رابط</div></a>نص</div>").body();
        assertThat(BlockSegmenter.segment(body)).extracting(TextBlock::text).containsExactly("عنوان داخل رابط", "نص");
    }

    @Test
    void linkDensityCountsNonWhitespaceCharacters() {
        Element div = Jsoup.parse("<div>abcd   <a href='#'>ef</a>,</div>").body().child(0);
        LinkDensity d = new LinkDensity();
        assertThat(d.textLength(div)).isEqualTo(7);
        assertThat(d.linkLength(div)).isEqualTo(2);
        assertThat(d.commas(div)).isEqualTo(1);
        assertThat(d.of(div)).isCloseTo(2 / 7.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
