package org.khabar.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khabar.extract.date.DateFinder;
import org.khabar.extract.date.DatePage;
import org.khabar.extract.date.PublishedDate;
import org.khabar.extract.meta.AuthorFinder;
import org.khabar.extract.meta.CanonicalFinder;
import org.khabar.extract.meta.LeadImageFinder;
import org.khabar.extract.meta.PageMeta;
import org.khabar.extract.meta.TitleFinder;
import org.khabar.ingest.fetch.BodyDecoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text extraction from an article page, in the style of readability and trafilatura:
 * <ol>
 *   <li>metadata from the untouched page (JSON-LD, meta tags, {@code <time>}, URL): title, date, author, image,
 *   canonical URL;</li>
 *   <li>{@link BoilerplateRules} drop what is never article text;</li>
 *   <li>{@link BlockSegmenter} cuts the rest into paragraphs, {@link BlockScorer} scores their ancestors,
 *   {@link ContentSelector} picks the article root, {@link ContentCleaner} removes embedded boilerplate from it and
 *   {@link ParagraphFilter} drops link-heavy and call-to-action lines;</li>
 *   <li>when that strict pass keeps less than {@value #MIN_TEXT_CHARS} characters, a lenient pass without the
 *   class-name rules runs and the longer result wins (readability's retry).</li>
 * </ol>
 * Thread-safe: no state between calls.
 */
public final class ArticleExtractor {
    static final int MIN_TEXT_CHARS = 250;
    private static final int LANG_SAMPLE_CHARS = 5000;

    private final DateFinder dates = new DateFinder();

    public ExtractedArticle extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl), baseUrl);
    }

    /**
     * Bytes as fetched, charset unknown: decoded by {@link BodyDecoder} (BOM, {@code <meta charset>}, then
     * detection — a page declaring UTF-8 while serving windows-1256 is still read correctly).
     */
    public ExtractedArticle extract(byte[] html, String baseUrl) {
        return extract(html, null, baseUrl);
    }

    /**
     * Bytes with the HTTP {@code Content-Type} header they came with ({@code null} if none); see {@link BodyDecoder}
     * for the order in which BOM, header, meta and detection are trusted.
     */
    public ExtractedArticle extract(byte[] html, String contentType, String baseUrl) {
        BodyDecoder.Decoded decoded = BodyDecoder.decode(html, contentType);
        return extract(Jsoup.parse(decoded.text(), baseUrl == null ? "" : baseUrl), baseUrl);
    }

    /** Extracts from a parsed page. The document's body is modified (boilerplate removed). */
    public ExtractedArticle extract(Document doc, String baseUrl) {
        PageMeta meta = PageMeta.of(doc);
        String title = TitleFinder.find(meta).orElse("");
        String author = AuthorFinder.find(meta).orElse(null);
        String image = LeadImageFinder.find(meta, baseUrl).orElse(null);
        String canonical = CanonicalFinder.find(meta, baseUrl).orElse(baseUrl == null || baseUrl.isBlank() ? null : baseUrl);
        String declared = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        if (declared != null && declared.isBlank()) declared = null;

        Element body = doc.body();
        Body result = new Body(List.of(), null);
        if (body != null) {
            DomJournal journal = new DomJournal();
            result = extractBody(body, title, true, journal);
            if (chars(result.paragraphs) < MIN_TEXT_CHARS) {
                journal.undo();
                Body lenient = extractBody(body, title, false, new DomJournal());
                if (chars(lenient.paragraphs) > chars(result.paragraphs)) result = lenient;
            }
        }

        PublishedDate published = dates.find(new DatePage(doc, meta.jsonLd(), meta.meta(), baseUrl, result.root))
                .orElse(null);
        String sample = title + "\n" + (result.paragraphs.isEmpty() && body != null ? body.text() : String.join("\n", result.paragraphs));
        String lang = LanguageGuess.guess(sample.substring(0, Math.min(sample.length(), LANG_SAMPLE_CHARS)), declared);
        return new ExtractedArticle(title, result.paragraphs, published, author, image, canonical, lang, declared);
    }

    private record Body(List<String> paragraphs, Element root) {
    }

    private static Body extractBody(Element body, String title, boolean strict, DomJournal journal) {
        new BoilerplateRules(strict).apply(body, journal);
        LinkDensity density = new LinkDensity();
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        Map<Element, Double> scores = new BlockScorer(density, strict).score(blocks);
        List<Element> roots = new ContentSelector(density).select(scores, blocks);
        if (roots.isEmpty()) return new Body(List.of(), null);
        ContentCleaner cleaner = new ContentCleaner(density, strict);
        List<TextBlock> kept = new ArrayList<>();
        for (Element root : roots) {
            cleaner.clean(root, scores, journal);
            kept.addAll(BlockSegmenter.segment(root));
        }
        List<String> paragraphs = new ParagraphFilter().paragraphs(kept, title);
        return new Body(paragraphs, roots.get(0));
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }
}
