package org.khabar.extract;

import org.khabar.extract.date.PublishedDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ArticleExtractor} found on one page. All text is plain text (no markup).
 *
 * @param title         headline, or "" when none
 * @param paragraphs    the article body, one entry per paragraph, in reading order; empty when the page has no
 *                      article (a home page, a gallery)
 * @param published     publication date as the page states it, or null
 * @param author        byline, or null
 * @param imageUrl      absolute lead image URL, or null
 * @param canonicalUrl  absolute canonical URL, or the page URL, or null
 * @param lang          detected language ("ar", "fa", "ur", "en", …, "und")
 * @param declaredLang  the page's {@code <html lang>} as written, or null
 */
public record ExtractedArticle(String title, List<String> paragraphs, PublishedDate published, String author,
                               String imageUrl, String canonicalUrl, String lang, String declaredLang) {
    public ExtractedArticle {
        title = title == null ? "" : title;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The body as in {@code Article.body}: paragraphs separated by '\n'. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    public boolean hasArticle() {
        return !paragraphs.isEmpty();
    }

    public Instant publishedInstant() {
        return published == null ? null : published.instant();
    }

    public LocalDate publishedDate() {
        return published == null ? null : published.date();
    }

    public boolean isArabic() {
        return LanguageGuess.isArabic(lang);
    }
}
