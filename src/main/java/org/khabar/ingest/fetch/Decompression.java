package org.khabar.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** gzip/deflate decoding with a ceiling on the output size (zip-bomb guard). */
final class Decompression {

    private Decompression() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long maxOut, String url) throws FetchException {
        if (contentEncoding == null || contentEncoding.isBlank()) return body;
        String enc = contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (enc) {
                case "identity" -> body;
                case "gzip", "x-gzip" -> drain(new GZIPInputStream(new ByteArrayInputStream(body)), maxOut, url);
                case "deflate" -> inflate(body, maxOut, url);
                default -> throw new FetchException(FetchException.Kind.IO, "unsupported Content-Encoding " + enc);
            };
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.IO, "corrupt " + enc + " body from " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** "deflate" is zlib-wrapped per the RFC, but some servers send raw deflate: try both. */
    private static byte[] inflate(byte[] body, long maxOut, String url) throws IOException, FetchException {
        try {
            return drain(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), maxOut, url);
        } catch (java.util.zip.ZipException e) {
            return drain(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxOut, url);
        }
    }

    private static byte[] drain(InputStream in, long maxOut, String url) throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > maxOut) {
                    throw new FetchException(FetchException.Kind.DECOMPRESSION_BOMB,
                            "decompressed body from " + url + " exceeds " + maxOut + " bytes (compression bomb?)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
