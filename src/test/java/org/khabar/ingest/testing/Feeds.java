package org.khabar.ingest.testing;

/** Fixture feed documents. */
public final class Feeds {
    private Feeds() {
    }

    public static String rss(String title, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>").append(title).append("</title><link>https://example.org/</link>");
        for (String i : items) sb.append(i);
        return sb.append("</channel></rss>").toString();
    }

    public static String item(String guid, String title, String link, String description, String pubDate) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + "<title>" + title + "</title><link>" + link.replace("&", "&amp;") + "</link>"
                + "<description><![CDATA[" + description + "]]></description>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
    }
}
