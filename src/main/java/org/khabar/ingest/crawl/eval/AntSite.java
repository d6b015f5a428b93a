package org.khabar.ingest.crawl.eval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * One outlet of the ANT corpus as a small news site on loopback: RSS feeds of summary-only items
 * ({@code /feed/<n>.xml}, {@value #ITEMS_PER_FEED} items each) and one article page per item ({@code /a/<n>})
 * wrapped in the boilerplate real news pages carry (menu, breadcrumbs, share bar, related links, comments,
 * footer). Each feed and its pages live on their own loopback address (127.0.0.2, 127.0.0.3...), like an outlet's
 * section subdomains: the crawler's one-request-per-host politeness then lets feeds be crawled side by side.
 */
final class AntSite implements AutoCloseable {

    static {
        // The JDK server writes a response's headers and body as two small TCP segments; with Nagle's algorithm on,
        // the body waits for the client's delayed ACK (~40 ms on Linux), which made every page fetch cost 40+ ms
        // and the whole crawl wait ~5 minutes. Read once, when the first server starts (also set for tests in pom.xml).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final int ITEMS_PER_FEED = 400;
    private static final int SUMMARY_CHARS = 200;
    private static final String[] MENU = {"الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة وفن", "تكنولوجيا", "صحة",
        "منوعات", "فيديو", "آراء"};
    private static final String[] COMMENTS = {
        "شكرا على هذا التقرير المفصل، نتمنى المزيد من المتابعة لهذا الموضوع.",
        "الخبر منقول من مصادر أخرى ولا جديد فيه، أين التحليل؟",
        "أتفق مع ما جاء في المقال، الوضع يحتاج إلى حلول عاجلة من الجهات المعنية."};

    /** One article as the corpus gives it: raw strings, exactly what the import reads. */
    record Doc(String docno, String rawUrl, String title, String published, String summary, String text,
               String author, String category) {
    }

    private final String outletName;
    private final List<Doc> docs;
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    private final ExecutorService executor;

    /** Needs {@link #feedCount(int)} addresses, one per feed. */
    AntSite(String outletName, List<Doc> docs, List<InetAddress> addresses) throws IOException {
        this.outletName = outletName;
        this.docs = List.copyOf(docs);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ant-site");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < feedCount(docs.size()); i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(addresses.get(i), 0), 64);
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
            servers.add(server);
            bases.add("http://" + addresses.get(i).getHostAddress() + ":" + server.getAddress().getPort());
        }
    }

    static int feedCount(int docs) {
        return (docs + ITEMS_PER_FEED - 1) / ITEMS_PER_FEED;
    }

    List<String> feedUrls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) urls.add(bases.get(i) + "/feed/" + i + ".xml");
        return urls;
    }

    String pageUrl(int n) {
        return bases.get(n / ITEMS_PER_FEED) + "/a/" + n;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/feed/") && path.endsWith(".xml")) {
                int n = parse(path.substring(6, path.length() - 4));
                if (n >= 0 && n * ITEMS_PER_FEED < docs.size()) {
                    send(ex, 200, "application/rss+xml; charset=utf-8", feed(n));
                    return;
                }
            } else if (path.startsWith("/a/")) {
                int n = parse(path.substring(3));
                if (n >= 0 && n < docs.size()) {
                    send(ex, 200, "text/html; charset=utf-8", page(n));
                    return;
                }
            }
            send(ex, 404, "text/plain; charset=utf-8", "not found");
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** RSS 2.0 with summary-only items: a cut abstract, never the body. */
    String feed(int n) {
        StringBuilder sb = new StringBuilder(ITEMS_PER_FEED * 700);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(xml(outletName)).append("</title><link>").append(bases.get(n)).append("/</link>")
                .append("<description>آخر الأخبار</description><language>ar</language>\n");
        int end = Math.min(docs.size(), (n + 1) * ITEMS_PER_FEED);
        for (int i = n * ITEMS_PER_FEED; i < end; i++) {
            Doc d = docs.get(i);
            String summary = d.summary() == null ? "" : d.summary();
            if (summary.length() > SUMMARY_CHARS) summary = summary.substring(0, SUMMARY_CHARS) + "…";
            sb.append("<item><title>").append(xml(d.title())).append("</title><link>").append(pageUrl(i))
                    .append("</link><guid isPermaLink=\"false\">").append(xml(d.docno())).append("</guid>");
            if (d.published() != null) sb.append("<pubDate>").append(xml(d.published())).append("</pubDate>");
            if (d.category() != null) sb.append("<category>").append(xml(d.category())).append("</category>");
            sb.append("<description>").append(xml(summary)).append("</description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    /** The article page: the body's paragraphs inside realistic boilerplate. */
    String page(int n) {
        Doc d = docs.get(n);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(html(d.title())).append(" | ").append(html(outletName)).append("</title>")
                .append("<link rel=\"canonical\" href=\"").append(html(d.rawUrl())).append("\">")
                .append("<meta property=\"og:site_name\" content=\"").append(html(outletName)).append("\">")
                .append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'article'});</script>")
                .append("</head><body><header class=\"site-header\"><div class=\"logo\"><a href=\"/\">")
                .append(html(outletName)).append("</a></div><nav class=\"main-menu\"><ul>");
        for (int i = 0; i < MENU.length; i++) {
            sb.append("<li><a href=\"/section/").append(i).append("\">").append(MENU[i]).append("</a></li>");
        }
        sb.append("</ul></nav><form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"بحث\">")
                .append("</form></header><main><div class=\"breadcrumbs\"><a href=\"/\">الرئيسية</a> › <a href=\"/section/")
                .append(html(d.category() == null ? "news" : d.category())).append("\">")
                .append(html(d.category() == null ? "أخبار" : d.category())).append("</a></div>")
                .append("<article class=\"story\"><h1 class=\"headline\">").append(html(d.title())).append("</h1>");
        if (d.author() != null) sb.append("<div class=\"byline\">").append(html(d.author())).append("</div>");
        sb.append("<div class=\"share\"><a href=\"/share/fb\">فيسبوك</a> <a href=\"/share/tw\">تويتر</a> ")
                .append("<a href=\"/share/wa\">واتساب</a></div><div class=\"article-body\">");
        for (String para : (d.text() == null ? "" : d.text()).split("\n")) {
            if (!para.isBlank()) sb.append("<p>").append(html(para)).append("</p>\n");
        }
        sb.append("</div><div class=\"tags\">وسوم: <a href=\"/tag/1\">أخبار</a> <a href=\"/tag/2\">عاجل</a></div>")
                .append("</article><aside class=\"related\"><h3>اقرأ أيضاً</h3><ul>");
        for (int k = 1; k <= 4; k++) {
            int r = (n + k * 7) % docs.size();
            sb.append("<li><a href=\"/a/").append(r).append("\">").append(html(docs.get(r).title())).append("</a></li>");
        }
        sb.append("</ul></aside><section class=\"comments\"><h3>التعليقات (").append(COMMENTS.length).append(")</h3>");
        for (String c : COMMENTS) {
            sb.append("<div class=\"comment\"><span class=\"user\">زائر</span><p>").append(c).append("</p></div>");
        }
        sb.append("<form class=\"comment-form\"><textarea name=\"c\"></textarea><button>أرسل</button></form>")
                .append("</section></main><footer class=\"site-footer\"><ul><li><a href=\"/about\">من نحن</a></li>")
                .append("<li><a href=\"/contact\">اتصل بنا</a></li><li><a href=\"/privacy\">سياسة الخصوصية</a></li></ul>")
                .append("<p>جميع الحقوق محفوظة © ").append(html(outletName)).append("</p></footer></body></html>\n");
        return sb.toString();
    }

    /** XML text: escaped, and characters XML 1.0 cannot carry at all dropped. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }

    static String html(String s) {
        return xml(s);
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
