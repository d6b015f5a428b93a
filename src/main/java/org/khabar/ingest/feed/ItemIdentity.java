package org.khabar.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stable identity of a feed item, so re-polls and GUID churn do not create duplicates: the GUID when it looks
 * stable, else the cleaned link. Tracking parameters (utm_*, fbclid, ...) and fragments are stripped.
 */
public final class ItemIdentity {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "spm", "share", "xtor",
            "at_medium", "at_campaign", "wt.mc_id", "__twitter_impression", "s_cid", "mkt_tok", "ito", "smid");

    private ItemIdentity() {
    }

    /** Identity key for an entry: "guid:..." or "url:..." (null when the entry has neither). */
    public static String of(ParsedFeed.Entry e) {
        String guid = e.guid != null ? e.guid : e.id;
        if (guid != null && isStableGuid(guid, e)) {
            return guid.matches("(?i)https?://.*") ? "url:" + cleanUrl(guid) : "guid:" + guid.strip();
        }
        if (e.link != null) return "url:" + cleanUrl(e.link);
        if (guid != null && !guid.isBlank()) return "guid:" + guid.strip();
        return null;
    }

    /**
     * A GUID is unstable when it is empty or obviously derived from volatile data; feeds that put a timestamp or
     * random token there would otherwise re-create every item on each poll.
     */
    static boolean isStableGuid(String guid, ParsedFeed.Entry e) {
        String g = guid.strip();
        if (g.isEmpty()) return false;
        if (g.matches("\\d{10,13}")) return false; // bare epoch seconds/millis: usually the fetch time
        return !g.contains("sessionid=") && !g.contains("PHPSESSID");
    }

    /** Link with tracking parameters, default ports and fragments removed; host lower-cased. */
    public static String cleanUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u.replace(" ", "%20"));
            if (uri.getScheme() == null || uri.getHost() == null) return u;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
            String query = cleanQuery(uri.getRawQuery());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host
                    + (port == -1 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return u;
        }
    }

    private static String cleanQuery(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        List<String> kept = new ArrayList<>();
        for (String p : raw.split("&")) {
            if (p.isEmpty()) continue;
            String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
            kept.add(p);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
