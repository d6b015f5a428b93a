package org.khabar.ingest.fetch;

import java.time.Duration;
import java.util.Map;

/**
 * Limits and manners of the fetcher.
 *
 * @param userAgent          sent with every request; names khabar and a contact URL
 * @param connectTimeout     TCP connect
 * @param readTimeout        until response headers arrive
 * @param totalDeadline      whole exchange incl. body: cuts off servers that trickle bytes
 * @param maxBodyBytes       bytes on the wire
 * @param maxDecompressedBytes bytes after gzip/deflate (zip-bomb guard)
 * @param maxRedirects       hops followed, each one checked against the address policy and robots.txt
 * @param defaultDelay       politeness delay between two requests to the same host
 * @param hostDelays         per-host override of the delay (e.g. 0 for loopback fixtures)
 * @param obeyRobots         consult robots.txt before fetching
 * @param addressPolicy      SSRF guard
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalDeadline,
                          long maxBodyBytes, long maxDecompressedBytes, int maxRedirects, Duration defaultDelay,
                          Map<String, Duration> hostDelays, boolean obeyRobots, AddressPolicy addressPolicy) {

    public static final String USER_AGENT = "khabar/0.1 (+https://github.com/khabar-news/khabar; Arabic news aggregator)";

    public static FetchConfig defaults() {
        return new FetchConfig(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
                20L << 20, 50L << 20, 5, Duration.ofSeconds(2), Map.of(), true, AddressPolicy.publicOnly());
    }

    /** Settings for loopback test fixtures: loopback allowed, no delay, short timeouts, small limits. */
    public static FetchConfig forLoopbackTests() {
        return new FetchConfig(USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3),
                1L << 20, 4L << 20, 5, Duration.ZERO, Map.of(), true, AddressPolicy.allowLoopback());
    }

    public FetchConfig withAddressPolicy(AddressPolicy p) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, totalDeadline, maxBodyBytes,
                maxDecompressedBytes, maxRedirects, defaultDelay, hostDelays, obeyRobots, p);
    }

    public FetchConfig withDeadline(Duration d) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, d, maxBodyBytes, maxDecompressedBytes,
                maxRedirects, defaultDelay, hostDelays, obeyRobots, addressPolicy);
    }

    public Duration delayFor(String host) {
        return hostDelays.getOrDefault(host, defaultDelay);
    }
}
