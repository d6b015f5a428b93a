package org.khabar.ingest.fetch;

/**
 * Outcome of a successful fetch (2xx or 304). {@code body} is already decompressed and bounded by the limits.
 *
 * @param finalUrl URL after redirects (use it to resolve relative links)
 */
public record FetchResult(String requestedUrl, String finalUrl, int status, byte[] body, String contentType,
                          String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
