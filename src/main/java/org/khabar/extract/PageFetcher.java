package org.khabar.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * A deliberately small one-page fetcher for {@code khabar extract URL}: http(s) only, bounded redirects followed
 * by hand so every hop's address is checked (private, loopback, link-local and similar addresses are refused
 * unless allowed), a timeout, and a body size limit. The crawler has its own, fuller fetcher.
 */
public final class PageFetcher {
    /** The fetched page: final URL, bytes, and the Content-Type header (or null). */
    public record Page(String url, byte[] body, String contentType) {
    }

    /** A fetch that was refused or failed, with a message meant for the user. */
    public static final class FetchException extends IOException {
        public FetchException(String message) {
            super(message);
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final Duration timeout;
    private final long maxBytes;
    private final boolean allowPrivate;
    private final HttpClient client;

    public PageFetcher(Duration timeout, long maxBytes, boolean allowPrivate) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowPrivate = allowPrivate;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page fetch(String url) throws IOException {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(uri);
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", "khabar/0.1 (+https://github.com/khabar; article extraction)")
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5").build();
            HttpResponse<InputStream> resp;
            try {
                resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted while fetching " + uri);
            } catch (java.net.http.HttpTimeoutException e) {
                throw new FetchException("timed out after " + timeout.toMillis() + " ms: " + uri);
            }
            int status = resp.statusCode();
            if (status >= 300 && status < 400) {
                resp.body().close();
                String location = resp.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without Location from " + url));
                uri = parse(uri.resolve(location).toString());
                continue;
            }
            try (InputStream in = resp.body()) {
                if (status != 200) throw new FetchException("HTTP " + status + " from " + uri);
                byte[] body = readLimited(in, uri);
                return new Page(uri.toString(), body, resp.headers().firstValue("Content-Type").orElse(null));
            }
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private byte[] readLimited(InputStream in, URI uri) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) throw new FetchException("page larger than " + maxBytes + " bytes: " + uri);
        return body;
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) throw new FetchException("not an http(s) URL: " + url);
            if (uri.getHost() == null) throw new FetchException("no host in URL: " + url);
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException("malformed URL: " + url);
        }
    }

    private void checkAddress(URI uri) throws FetchException {
        if (allowPrivate) return;
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(a)) {
                    throw new FetchException("refusing " + uri.getHost() + " (" + a.getHostAddress()
                            + "): private, loopback or link-local address; use --allow-private to permit");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host: " + uri.getHost());
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) return (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
        return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 // 100.64.0.0/10 carrier-grade NAT
                || (b[0] & 0xFF) == 0; // 0.0.0.0/8
    }
}
