package org.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a container reader (JSONL, zip) yields before field mapping: a JSON object with its position, or a
 * rejection found at the container level (malformed line, truncated stream, corrupt entry).
 */
sealed interface RawRecord permits RawRecord.Json, RawRecord.Bad {

    /**
     * @param recordId the record's id in its corpus when the container defines one (SaudiNewsNet:
     *                 {@code entry.json#index}), else null
     */
    record Json(JsonNode node, String file, long line, String recordId) implements RawRecord {
    }

    record Bad(ImportItem.Rejected rejected) implements RawRecord {
        Bad(String file, long line, String reason) {
            this(new ImportItem.Rejected(file, line, reason));
        }
    }
}
