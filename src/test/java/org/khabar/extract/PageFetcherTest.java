package org.khabar.extract;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageFetcherTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ar1256", ex -> {
            byte[] b = "<html><body><p>مرحبا بكم في الموقع</p></body></html>".getBytes(Charset.forName("windows-1256"));
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1256");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(new byte[5000]);
            } catch (IOException clientWentAway) {
                // the fetcher stops reading at its limit
            }
        });
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "/ar1256");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PageFetcher fetcher(boolean allowPrivate) {
        // generous: the shared test machine can be slow; the timeout itself is tested with its own fetcher
        return new PageFetcher(Duration.ofSeconds(20), 1000, allowPrivate);
    }

    @Test
    void fetchesWithTheDeclaredCharsetAndFollowsRedirects() throws IOException {
        PageFetcher.Page p = fetcher(true).fetch(base + "/redirect");
        assertThat(p.url()).endsWith("/ar1256");
        assertThat(p.contentType()).isEqualTo("text/html; charset=windows-1256");
        assertThat(new String(p.body(), StandardCharsets.UTF_8)).doesNotContain("مرحبا");
        assertThat(new String(p.body(), Charset.forName("windows-1256"))).contains("مرحبا");
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> fetcher(false).fetch(base + "/ar1256"))
                .isInstanceOf(PageFetcher.FetchException.class).hasMessageContaining("--allow-private");
    }

    @Test
    void limitsAndFailuresAreClearErrors() {
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/big")).hasMessageContaining("larger than 1000 bytes");
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/loop")).hasMessageContaining("redirects");
        assertThatThrownBy(() -> fetcher(true).fetch(base + "/missing")).hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> new PageFetcher(Duration.ofMillis(500), 1000, true).fetch(base + "/slow"))
                .hasMessageContaining("timed out");
        assertThatThrownBy(() -> fetcher(true).fetch("file:///etc/passwd")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> fetcher(true).fetch("http://")).isInstanceOf(PageFetcher.FetchException.class);
    }

    @Test
    void privateAddressRanges() throws IOException {
        for (String a : new String[]{"127.0.0.1", "10.0.0.1", "192.168.1.1", "172.16.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"}) {
            assertThat(PageFetcher.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
        }
        assertThat(PageFetcher.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(PageFetcher.isPrivate(InetAddress.getByName("2606:2800:220:1::1"))).isFalse();
    }
}
