package org.khabar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    static final String ARABIC = "الأخبار العاجلة من القاهرة وبيروت";
    static final Charset CP1256 = Charset.forName("windows-1256");
    static final Charset ISO6 = Charset.forName("ISO-8859-6");

    @Test
    void headerCharsetWindows1256() {
        var d = BodyDecoder.decode(("<p>" + ARABIC + "</p>").getBytes(CP1256), "text/html; charset=windows-1256");
        assertThat(d.text()).contains(ARABIC);
        assertThat(d.source()).isEqualTo(BodyDecoder.Source.HTTP_HEADER);
    }

    @Test
    void xmlDeclarationIso88596() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?><rss><title>" + ARABIC + "</title></rss>";
        var d = BodyDecoder.decode(xml.getBytes(ISO6), "application/rss+xml");
        assertThat(d.text()).contains(ARABIC);
        assertThat(d.charset()).isEqualTo(ISO6);
        assertThat(d.source()).isEqualTo(BodyDecoder.Source.XML_DECLARATION);
    }

    @Test
    void metaCharset() {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body>" + ARABIC + "</body></html>";
        var d = BodyDecoder.decode(html.getBytes(CP1256), "text/html");
        assertThat(d.text()).contains(ARABIC);
        assertThat(d.source()).isEqualTo(BodyDecoder.Source.META);
    }

    @Test
    void declaredUtf8ButActuallyWindows1256IsDetected() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + ARABIC + "</body></html>";
        var d = BodyDecoder.decode(html.getBytes(CP1256), "text/html; charset=utf-8");
        assertThat(d.text()).contains(ARABIC);
        assertThat(d.declaredButWrong()).isTrue();
        assertThat(d.charset()).isEqualTo(CP1256);
    }

    @Test
    void undeclaredBytesAreDetected() {
        assertThat(BodyDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(ARABIC);
        assertThat(BodyDecoder.decode(ARABIC.getBytes(CP1256), null).text()).isEqualTo(ARABIC);
        // "ي" is 0xED in windows-1256 but 0xEA in ISO-8859-6, so the two really differ
        assertThat(BodyDecoder.decode("بيروت".getBytes(ISO6), null).text()).isEqualTo("بيروت");
    }

    @Test
    void bomWinsOverHeader() {
        byte[] body = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE);
        var d = BodyDecoder.decode(body, "text/xml; charset=iso-8859-1");
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.source()).isEqualTo(BodyDecoder.Source.BOM);
    }

    @Test
    void overrideWinsOverDeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><t>" + ARABIC + "</t>";
        var d = BodyDecoder.decode(xml.getBytes(ISO6), "text/xml; charset=utf-8", "iso-8859-6");
        assertThat(d.text()).contains(ARABIC);
    }

    @Test
    void garbageCharsetNameFallsBackToDetection() {
        var d = BodyDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such");
        assertThat(d.text()).isEqualTo(ARABIC);
    }
}
