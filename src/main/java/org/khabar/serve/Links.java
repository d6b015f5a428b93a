package org.khabar.serve;

import org.khabar.app.SearchRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The portal's URL scheme, in one place so templates and tests agree. */
public final class Links {
    private Links() {
    }

    public static String home() {
        return "/";
    }

    /** Every canonical article, newest first (the home page lists stories). */
    public static String latest() {
        return "/latest";
    }

    public static String story(long id) {
        return "/stories/" + id;
    }

    public static String article(long id) {
        return "/articles/" + id;
    }

    public static String tag(String label) {
        return "/tags/" + encodePathSegment(label);
    }

    public static String source(String id) {
        return "/sources/" + encodePathSegment(id);
    }

    public static String sources() {
        return "/sources";
    }

    public static String search(String query) {
        return query == null || query.isBlank() ? "/search" : "/search?q=" + encodeQuery(query);
    }

    /** A search with its options: only the ones that differ from the defaults (every outlet, best matches first). */
    public static String searchFor(SearchRequest r) {
        String base = search(r.text());
        if (!base.contains("?")) return base;
        if (r.sourceId() != null) base += "&source=" + encodeQuery(r.sourceId());
        if (r.newestFirst()) base += "&sort=" + SearchParams.NEWEST;
        return base;
    }

    /** The sitemap index that robots.txt names. */
    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    /** The news sitemap: the articles of the last two days. */
    public static String newsSitemap() {
        return "/sitemaps/news";
    }

    /** The {@code n}th sitemap of articles, newest first, from 1. */
    public static String articleSitemap(long n) {
        return "/sitemaps/articles/" + n;
    }

    /** The Atom feed of the home page's top stories. */
    public static String feedStories() {
        return "/feeds/stories";
    }

    /** The Atom feed of one story's reports, for readers who follow it. */
    public static String feedStory(long id) {
        return "/feeds/stories/" + id;
    }

    /** The Atom feed of {@link #latest()}. */
    public static String feedLatest() {
        return "/feeds/latest";
    }

    /** The Atom feed of a tag's page. */
    public static String feedTag(String label) {
        return "/feeds/tags/" + encodePathSegment(label);
    }

    /** The Atom feed of an outlet's page. */
    public static String feedSource(String id) {
        return "/feeds/sources/" + encodePathSegment(id);
    }

    /** {@code base} with {@code page=N} appended (page 1 is the bare base, so there is one URL per page). */
    public static String page(String base, int page) {
        if (page <= 1) {
            return base;
        }
        return base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    public static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** URLEncoder targets forms: a path segment needs %20, not '+'. */
    public static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
