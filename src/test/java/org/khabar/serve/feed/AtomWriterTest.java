package org.khabar.serve.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.feed.ParsedFeed;
import org.w3c.dom.Document;

/** The outgoing feed parses as strict XML and reads back, through khabar's own feed parser, as what was written. */
class AtomWriterTest {
    static final Instant T = Instant.parse("2018-02-18T18:35:00Z");
    static final AtomFeed FEED = new AtomFeed("الناتو — خبر", "http://h.example/feeds/tags/x", "http://h.example/tags/x", T,
            List.of(new AtomFeed.Entry("<script>alert('x')</script> عنوان & «خطر»", "http://h.example/articles/3",
                            "https://outlet.example/a?b=1&c=2", "RT عربي", T),
                    new AtomFeed.Entry("عنوان\u0001 فيه\u0000 محارف \uD800ممنوعة 😀", "http://h.example/articles/4", null,
                            "البوابة نيوز", null)));

    @Test
    void isWellFormedAtomThatAStrictParserAccepts() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                AtomWriter.write(FEED).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(AtomWriter.ATOM);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(doc.getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("ar");
        assertThat(doc.getElementsByTagNameNS(AtomWriter.ATOM, "entry").getLength()).isEqualTo(2);
    }

    @Test
    void readsBackAsWrittenMarkupAsTextAndForbiddenCharactersDropped() throws Exception {
        ParsedFeed parsed = FeedParser.parse(AtomWriter.write(FEED), "http://h.example/feeds/tags/x");
        assertThat(parsed.version).isEqualTo("atom10");
        assertThat(parsed.bozo).as(parsed.bozoMessage).isFalse();
        assertThat(parsed.feed.title.value()).isEqualTo("الناتو — خبر");
        assertThat(parsed.feed.id).isEqualTo("http://h.example/feeds/tags/x");
        assertThat(parsed.feed.links).extracting(ParsedFeed.Link::rel, ParsedFeed.Link::href).contains(
                org.assertj.core.groups.Tuple.tuple("self", "http://h.example/feeds/tags/x"),
                org.assertj.core.groups.Tuple.tuple("alternate", "http://h.example/tags/x"));
        assertThat(parsed.feed.updatedParsed).isEqualTo(T);

        ParsedFeed.Entry first = parsed.entries.get(0);
        assertThat(first.title.value()).isEqualTo("<script>alert('x')</script> عنوان & «خطر»");
        assertThat(first.id).isEqualTo("http://h.example/articles/3");
        assertThat(first.link).isEqualTo("http://h.example/articles/3");
        assertThat(first.links).extracting(ParsedFeed.Link::rel, ParsedFeed.Link::href)
                .contains(org.assertj.core.groups.Tuple.tuple("via", "https://outlet.example/a?b=1&c=2"));
        assertThat(first.publishedParsed).isEqualTo(T);
        assertThat(first.author.name()).isEqualTo("RT عربي");

        ParsedFeed.Entry second = parsed.entries.get(1);
        assertThat(second.title.value()).isEqualTo("عنوان فيه محارف ممنوعة 😀");
        assertThat(second.publishedParsed).as("an undated article has no published date").isNull();
        assertThat(second.updatedParsed).as("Atom requires one: the feed's").isEqualTo(T);
        assertThat(second.links).extracting(ParsedFeed.Link::rel).doesNotContain("via");
    }

    @Test
    void keepsTextThatXmlAllowsUnchanged() {
        String arabic = "أوكرانيا\tو\nروسيا\r😀";
        assertThat(org.khabar.serve.XmlDocument.xmlChars(arabic)).isSameAs(arabic);
        assertThat(org.khabar.serve.XmlDocument.xmlChars("\uDC00a\u0008b\uFFFE")).isEqualTo("ab");
    }
}
