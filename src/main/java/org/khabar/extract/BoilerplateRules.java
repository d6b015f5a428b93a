package org.khabar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article text before any scoring, each removal being one named rule:
 * <ul>
 *   <li>{@link Rule#NON_CONTENT_TAG}: scripts, styles, forms controls, embedded media, {@code nav}, {@code aside},
 *   {@code footer}, and {@code header} unless it holds real prose;</li>
 *   <li>{@link Rule#HIDDEN}: {@code hidden}, {@code aria-hidden="true"}, inline {@code display:none} /
 *   {@code visibility:hidden};</li>
 *   <li>{@link Rule#NAVIGATION_ROLE}: ARIA roles of menus, dialogs, complementary content;</li>
 *   <li>{@link Rule#UNLIKELY_CANDIDATE}: class/id names of comments, menus, related links, share bars … unless the
 *   name also says "article/content/main" (readability's unlikely/maybe lists, extended for Arabic sites). The
 *   lenient retry keeps all of them but the names of reader comments ({@link #COMMENTS}).</li>
 * </ul>
 */
final class BoilerplateRules {
    enum Rule { NON_CONTENT_TAG, HIDDEN, NAVIGATION_ROLE, UNLIKELY_CANDIDATE }

    static final Set<String> NON_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "nav", "aside",
            "footer", "menu", "dialog", "link", "meta", "audio", "video", "map", "area", "head", "title");
    static final Set<String> NAVIGATION_ROLES = Set.of("menu", "menubar", "navigation", "complementary", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");
    static final Keywords UNLIKELY = new Keywords("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "share", "newsletter", "subscribe",
            "taboola", "outbrain", "mostread", "most-read", "trending", "cookie", "readmore", "read-more", "alsoread",
            "also-read", "tags");
    /**
     * Reader comments are never article text, and a comment thread is prose-like (long lines, commas): left in, it
     * outscores a short article and replaces it. So these names count in the lenient retry too, which drops the
     * other class-name rules because they misfire on some sites' article containers.
     */
    static final Keywords COMMENTS = new Keywords("comment", "disqus", "replies");
    static final Keywords MAYBE_CANDIDATE = new Keywords("and", "article", "body", "column", "content", "main",
            "shadow", "story");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** A {@code <header>} holding this much text is part of the article (some sites wrap the lead in it). */
    private static final int HEADER_PROSE_CHARS = 400;

    private final boolean removeUnlikely;
    private final List<Rule> applied = new ArrayList<>();

    /** @param removeUnlikely false in the lenient retry, when the strict pass left too little text */
    BoilerplateRules(boolean removeUnlikely) {
        this.removeUnlikely = removeUnlikely;
    }

    void apply(Element root) {
        apply(root, new DomJournal());
    }

    /** Removes through {@code journal}, so the removals can be undone. */
    void apply(Element root, DomJournal journal) {
        List<Element> children = new ArrayList<>(root.children());
        for (Element child : children) {
            Rule rule = ruleFor(child);
            if (rule != null) {
                applied.add(rule);
                journal.remove(child);
            } else {
                apply(child, journal);
            }
        }
    }

    /** Which rules removed something, one entry per removed element (for tests and diagnostics). */
    List<Rule> applied() {
        return applied;
    }

    Rule ruleFor(Element e) {
        String tag = e.normalName();
        if (NON_CONTENT_TAGS.contains(tag)) return Rule.NON_CONTENT_TAG;
        if (tag.equals("header") && e.select("p").text().length() < HEADER_PROSE_CHARS) return Rule.NON_CONTENT_TAG;
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())) {
            return Rule.HIDDEN;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && NAVIGATION_ROLES.contains(role)) return Rule.NAVIGATION_ROLE;
        if (isUnlikelyCandidate(e, tag, removeUnlikely ? UNLIKELY : COMMENTS)) return Rule.UNLIKELY_CANDIDATE;
        return null;
    }

    private static boolean isUnlikelyCandidate(Element e, String tag, Keywords unlikely) {
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) return false;
        String names = e.className() + " " + e.id();
        if (names.isBlank()) return false;
        if (!unlikely.foundIn(names) || MAYBE_CANDIDATE.foundIn(names)) return false;
        return !Html.isInside(e, "table") && !Html.isInside(e, "code");
    }
}
