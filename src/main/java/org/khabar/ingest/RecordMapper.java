package org.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.khabar.core.Article;

/**
 * Maps one JSON record of a format to an article draft, with the checks every format shares: a canonical
 * http(s) URL, a source, a title or a body, a parseable date, a body within {@link ImportLimits#MAX_BODY_CHARS}.
 */
abstract class RecordMapper {

    /** A record that cannot become an article; the message is the rejection reason. */
    static final class BadRecordException extends Exception {
        BadRecordException(String reason) {
            super(reason, null, false, false);
        }
    }

    static RecordMapper forFormat(ImportFormat format) {
        return switch (format) {
            case KHABAR_JSONL -> new KhabarMapper();
            case ANT_JSONL -> new AntMapper();
            case SAUDINEWSNET_ZIP -> new SaudiNewsNetMapper();
        };
    }

    abstract Article map(RawRecord.Json record) throws BadRecordException;

    /** The shared checks and cleaning; fields are raw strings from the record (null when absent). */
    static Article draft(String rawUrl, String rawSource, String externalId, String rawTitle, String rawPublished,
                         ZoneId zoneForLocalTimes, String rawAuthor, String rawSummary, String rawBody,
                         String rawCategory) throws BadRecordException {
        String url;
        try {
            url = CanonicalUrl.of(rawUrl);
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(e.getMessage());
        }
        String source = rawSource == null ? "" : CorpusOutlets.normaliseId(rawSource);
        if (source.isEmpty()) {
            throw new BadRecordException("missing source");
        }
        String title = PlainText.line(rawTitle);
        String body = PlainText.paragraphs(rawBody);
        if (isEmpty(title) && isEmpty(body)) {
            throw new BadRecordException("missing title and body");
        }
        if (body != null && body.length() > ImportLimits.MAX_BODY_CHARS) {
            throw new BadRecordException("body of " + body.length() + " characters is over the limit of "
                    + ImportLimits.MAX_BODY_CHARS);
        }
        Instant published;
        try {
            published = PublishedDate.parse(rawPublished, zoneForLocalTimes);
        } catch (PublishedDate.UnparseableDateException e) {
            throw new BadRecordException(e.getMessage());
        }
        return Article.draft(url, source, emptyToNull(externalId), title, published,
                emptyToNull(PlainText.line(rawAuthor)), emptyToNull(PlainText.paragraphs(rawSummary)), body,
                emptyToNull(PlainText.line(rawCategory)));
    }

    /** A string field: null when absent or JSON null; a number or boolean as its text; anything else is bad. */
    static String text(JsonNode node, String field) throws BadRecordException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        throw new BadRecordException("field '" + field + "' must be a string, not " + v.getNodeType()
                .toString().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** khabar's own JSONL (docs/import-format.md). */
    static final class KhabarMapper extends RecordMapper {
        @Override
        Article map(RawRecord.Json r) throws BadRecordException {
            JsonNode n = r.node();
            return draft(text(n, "url"), text(n, "source"), text(n, "external_id"), text(n, "title"),
                    text(n, "published"), ZoneOffset.UTC, text(n, "author"), text(n, "summary"), text(n, "body"),
                    text(n, "category"));
        }
    }

    /** ANT corpus v2.1 JSONL: externalId = docno, summary = abstract, body = text; dates are RFC 822. */
    static final class AntMapper extends RecordMapper {
        @Override
        Article map(RawRecord.Json r) throws BadRecordException {
            JsonNode n = r.node();
            return draft(text(n, "url"), text(n, "source"), text(n, "docno"), text(n, "title"),
                    text(n, "published"), ZoneOffset.UTC, text(n, "author"), text(n, "abstract"), text(n, "text"),
                    text(n, "category"));
        }
    }

    /**
     * SaudiNewsNet: externalId = {@code entry.json#index} (the id used by derived/index.tsv and
     * derived/exact_dup_content_groups.tsv); the published instant is date_extracted read in Asia/Riyadh.
     */
    static final class SaudiNewsNetMapper extends RecordMapper {
        @Override
        Article map(RawRecord.Json r) throws BadRecordException {
            JsonNode n = r.node();
            return draft(text(n, "url"), text(n, "source"), r.recordId(), text(n, "title"),
                    text(n, "date_extracted"), PublishedDate.RIYADH, text(n, "author"), null, text(n, "content"),
                    null);
        }
    }
}
