package org.khabar.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * SSRF guard: which hosts khabar may connect to. By default only public addresses; loopback (for test fixtures)
 * or named internal hosts must be allowed explicitly. Checked for every hop of a redirect chain.
 * Known limit: the check resolves the name itself, so a DNS answer that changes between check and connect
 * (rebinding) is not caught.
 */
public final class AddressPolicy {

    private final boolean allowLoopback;
    private final Set<String> allowedHosts;

    private AddressPolicy(boolean allowLoopback, Set<String> allowedHosts) {
        this.allowLoopback = allowLoopback;
        this.allowedHosts = allowedHosts;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, Set.of());
    }

    /** Also allows loopback addresses (test fixtures on 127.0.0.1). Private/link-local stay refused. */
    public static AddressPolicy allowLoopback() {
        return new AddressPolicy(true, Set.of());
    }

    /** Allows these host names to resolve to non-public addresses (e.g. an intranet mirror). */
    public static AddressPolicy allowHosts(Set<String> hosts) {
        return new AddressPolicy(false, hosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** Throws when {@code host} is not allowed; returns quietly otherwise. */
    public void check(String host) throws FetchException {
        if (host == null || host.isEmpty()) throw new FetchException(FetchException.Kind.BAD_URL, "URL has no host");
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (allowedHosts.contains(h)) return;
        InetAddress[] addrs;
        try {
            addrs = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.IO, "unknown host " + host, e);
        }
        for (InetAddress a : addrs) {
            if (a.isLoopbackAddress() && allowLoopback) continue;
            if (!isPublic(a)) {
                throw new FetchException(FetchException.Kind.FORBIDDEN_ADDRESS,
                        "refused: " + host + " resolves to non-public address " + a.getHostAddress());
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) return false;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            if (b0 == 0) return false;                               // "this network"
            if (b0 == 100 && b1 >= 64 && b1 <= 127) return false;     // carrier-grade NAT
            if (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) return false; // IETF protocol assignments
            if (b0 == 198 && (b1 == 18 || b1 == 19)) return false;    // benchmarking
            if (b0 >= 240) return false;                             // reserved, broadcast
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) return false;                  // unique local fc00::/7
            boolean mapped = true;                                   // ::ffff:a.b.c.d — check the IPv4 inside
            for (int i = 0; i < 10; i++) if (b[i] != 0) mapped = false;
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
