package org.khabar.serve;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The scheme, host and port that absolute links (feeds, sitemaps, robots.txt) start with: the configured public URL,
 * else the address the request came to, when its Host header is a plain host.
 */
public final class Origin {
    /** A host name, IPv4 or bracketed IPv6 address, and an optional port: nothing else goes into links. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}])(:\\d{1,5})?");

    private Origin() {
    }

    public static String of(Context ctx, String publicUrl) {
        if (publicUrl != null) return publicUrl;
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) throw new BadParameter("Host", "is not a host name");
        return ("https".equals(ctx.scheme()) ? "https" : "http") + "://" + host;
    }

    /** {@code http(s)://host[:port]}, nothing after it. */
    static boolean isPublicUrl(String url) {
        int sep = url.indexOf("://");
        if (sep < 0) return false;
        String scheme = url.substring(0, sep);
        return (scheme.equals("http") || scheme.equals("https")) && HOST.matcher(url.substring(sep + 3)).matches();
    }
}
