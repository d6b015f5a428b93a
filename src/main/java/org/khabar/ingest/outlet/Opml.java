package org.khabar.ingest.outlet;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.khabar.ingest.feed.FeedParseException;
import org.khabar.ingest.feed.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** OPML 1/2 import and export of outlets. Feeds sharing a site URL become one outlet. */
public final class Opml {

    private Opml() {
    }

    public static List<Outlet> read(String opml) throws FeedParseException {
        SafeXml.Result r = SafeXml.load(opml);
        Element root = r.document().getDocumentElement();
        if (root == null || !root.getNodeName().equalsIgnoreCase("opml")) {
            throw new FeedParseException("not OPML: root element is not <opml>");
        }
        NodeList nodes = r.document().getElementsByTagName("outline");
        Map<String, List<Outlet.FeedSource>> feedsByOutlet = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element o = (Element) nodes.item(i);
            String xmlUrl = o.getAttribute("xmlUrl");
            if (xmlUrl.isBlank()) continue;
            String site = o.getAttribute("htmlUrl");
            String title = o.getAttribute("title").isBlank() ? o.getAttribute("text") : o.getAttribute("title");
            String lang = o.getAttribute("language");
            String id = idFor(site.isBlank() ? xmlUrl : site);
            feedsByOutlet.computeIfAbsent(id, k -> new ArrayList<>()).add(Outlet.FeedSource.of(xmlUrl.strip()));
            meta.putIfAbsent(id, new String[]{title.isBlank() ? id : title, site.isBlank() ? null : site,
                    lang.isBlank() ? null : lang});
        }
        List<Outlet> out = new ArrayList<>();
        feedsByOutlet.forEach((id, feeds) -> {
            String[] m = meta.get(id);
            out.add(new Outlet(id, m[0], m[1], m[2], null, feeds));
        });
        return out;
    }

    public static String write(List<Outlet> outlets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head><title>khabar outlets</title></head>\n  <body>\n");
        for (Outlet o : outlets) {
            for (Outlet.FeedSource f : o.feeds()) {
                if (!f.kind().equals("feed")) continue;
                sb.append("    <outline type=\"rss\" text=\"").append(esc(o.name())).append("\" title=\"")
                        .append(esc(o.name())).append("\" xmlUrl=\"").append(esc(f.url())).append('"');
                if (o.siteUrl() != null) sb.append(" htmlUrl=\"").append(esc(o.siteUrl())).append('"');
                sb.append(" language=\"").append(esc(o.language())).append("\"/>\n");
            }
        }
        return sb.append("  </body>\n</opml>\n").toString();
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s).replace("\"", "&quot;");
    }

    /** Outlet id from a URL's host: "www.aljazeera.net" → "aljazeera-net". */
    static String idFor(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) host = url;
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String id = host.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "outlet" : id;
    }
}
