package org.khabar.ingest.feed.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.ingest.feed.ParsedFeed;

/**
 * Presents a {@link ParsedFeed} under feedparser's field names (title_detail, tagline, copyright, guidislink...),
 * so feedparser's test expectations can be evaluated against khabar's model. Only a view: no parsing here.
 */
final class FeedparserView {

    private FeedparserView() {
    }

    static Map<String, Object> root(ParsedFeed f, String encodingFallback) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bozo", f.bozo);
        m.put("encoding", f.encoding != null ? f.encoding : encodingFallback);
        m.put("version", f.version);
        m.put("feed", channel(f.feed));
        List<Object> entries = new ArrayList<>();
        for (ParsedFeed.Entry e : f.entries) entries.add(entry(e));
        m.put("entries", entries);
        return m;
    }

    private static void common(Map<String, Object> m, ParsedFeed.Common c) {
        text(m, c.title, "title");
        text(m, c.subtitle, "subtitle", "tagline");
        text(m, c.rights, "rights", "copyright");
        put(m, "id", c.id);
        put(m, "link", c.link);
        List<Object> links = new ArrayList<>();
        for (ParsedFeed.Link l : c.links) links.add(link(l));
        if (!links.isEmpty()) m.put("links", links);
        put(m, "language", c.language);
        put(m, "updated", c.updated);
        put(m, "modified", c.updated);
        put(m, "published", c.published);
        put(m, "issued", c.published);
        if (c.author != null) {
            put(m, "author", display(c.author));
            m.put("author_detail", person(c.author));
        }
        if (!c.authors.isEmpty()) m.put("authors", c.authors.stream().map(FeedparserView::person).toList());
        if (!c.contributors.isEmpty()) {
            m.put("contributors", c.contributors.stream().map(FeedparserView::person).toList());
        }
        if (!c.tags.isEmpty()) {
            List<Object> tags = new ArrayList<>();
            for (ParsedFeed.Category t : c.tags) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("term", t.term());
                tm.put("scheme", t.scheme());
                tm.put("label", t.label());
                tags.add(tm);
            }
            m.put("tags", tags);
            put(m, "category", c.tags.get(0).term());
        }
        if (c.publisher != null) {
            put(m, "publisher", display(c.publisher));
            m.put("publisher_detail", person(c.publisher));
        }
        for (Map.Entry<String, Object> x : c.extensions.entrySet()) m.putIfAbsent(x.getKey(), x.getValue());
    }

    private static Map<String, Object> channel(ParsedFeed.Channel c) {
        Map<String, Object> m = new LinkedHashMap<>();
        common(m, c);
        if (c.subtitle != null) text(m, c.subtitle, "description");
        text(m, c.info, "info");
        put(m, "guid", c.id);
        put(m, "generator", c.generator);
        if (c.generator != null || c.generatorUrl != null) {
            Map<String, Object> g = new LinkedHashMap<>();
            put(g, "name", c.generator);
            put(g, "href", c.generatorUrl);
            put(g, "url", c.generatorUrl);
            put(g, "version", c.generatorVersion);
            m.put("generator_detail", g);
        }
        put(m, "docs", c.docs);
        put(m, "ttl", c.ttl);
        put(m, "icon", c.icon);
        put(m, "logo", c.logo);
        if (c.imageHref != null || c.imageTitle != null || c.imageDescription != null) {
            Map<String, Object> img = new LinkedHashMap<>();
            put(img, "href", c.imageHref);
            put(img, "url", c.imageHref);
            put(img, "title", c.imageTitle);
            put(img, "link", c.imageLink);
            put(img, "description", c.imageDescription);
            m.put("image", img);
        }
        return m;
    }

    private static Map<String, Object> entry(ParsedFeed.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        common(m, e);
        put(m, "guid", e.guid != null ? e.guid : e.id);
        if (e.guid != null) m.put("guidislink", e.guidIsLink);
        ParsedFeed.Text summary = e.summary;
        if (summary == null && !e.content.isEmpty()) summary = e.content.get(0); // feedparser copies content
        text(m, summary, "summary", "description");
        if (!e.content.isEmpty()) {
            List<Object> content = new ArrayList<>();
            for (ParsedFeed.Text t : e.content) content.add(detail(t));
            m.put("content", content);
        }
        put(m, "created", e.created);
        put(m, "expired", e.expired);
        put(m, "comments", e.comments);
        put(m, "wfw_comment", e.wfwComment);
        put(m, "wfw_commentrss", e.wfwCommentRss);
        if (e.imageHref != null) m.put("image", Map.of("href", e.imageHref));
        if (!e.enclosures.isEmpty()) m.put("enclosures", e.enclosures.stream().map(FeedparserView::link).toList());
        if (e.source instanceof ParsedFeed.Channel ch) m.put("source", channel(ch));
        else if (e.source != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            common(s, e.source);
            m.put("source", s);
        }
        return m;
    }

    private static String display(ParsedFeed.Person p) {
        if (p.name() != null && p.email() != null) return p.name() + " (" + p.email() + ")";
        return p.name() != null ? p.name() : p.email();
    }

    private static Map<String, Object> person(ParsedFeed.Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", p.name());
        put(m, "email", p.email());
        put(m, "href", p.url());
        put(m, "url", p.url());
        return m;
    }

    private static Map<String, Object> link(ParsedFeed.Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "href", l.href());
        put(m, "rel", l.rel());
        put(m, "type", l.type());
        put(m, "title", l.title());
        put(m, "hreflang", l.hreflang());
        if (l.length() != null) m.put("length", String.valueOf(l.length()));
        return m;
    }

    private static Map<String, Object> detail(ParsedFeed.Text t) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("value", t.value());
        d.put("type", t.type());
        d.put("language", t.language());
        d.put("base", t.base() == null ? "" : t.base());
        if (t.src() != null) d.put("src", t.src());
        return d;
    }

    private static void text(Map<String, Object> m, ParsedFeed.Text t, String... names) {
        if (t == null) return;
        for (String n : names) {
            m.put(n, t.value());
            m.put(n + "_detail", detail(t));
        }
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) m.put(k, v);
    }
}
