package org.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Last pass over the blocks of the article root, each drop a named rule: link-heavy lines ("read also: …"),
 * short calls to action and labels (share, follow us, advertisement, اقرأ أيضا …), the title repeated as a
 * heading, and {@code <h1>} (the title is reported separately).
 */
final class ParagraphFilter {
    enum Rule { LINK_HEAVY, BOILERPLATE_PHRASE, TITLE_REPEAT, H1, BYLINE_OR_DATE }

    private static final Pattern META_HINT = Pattern.compile(
            "(?i)byline|author|dateline|post-?date|entry-?date|article-?date|publish|post-?meta|article-?meta|entry-?meta|posted-?on");
    private static final int MAX_BYLINE_BOX = 200;

    private final List<Rule> dropped = new ArrayList<>();

    List<String> paragraphs(List<TextBlock> blocks, String title) {
        String normTitle = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            Rule rule = dropRule(b, normTitle);
            if (rule != null) {
                dropped.add(rule);
                continue;
            }
            for (String line : b.text().split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) continue;
                if (StandaloneLines.isLabel(l)) {
                    dropped.add(Rule.BOILERPLATE_PHRASE);
                    continue;
                }
                out.add(l);
            }
        }
        return out;
    }

    List<Rule> dropped() {
        return dropped;
    }

    /**
     * A short line that carries the date or the byline ("نشر في: الاثنين ٢٤ آب ٢٠٢٠", "By Jane Doe | May 3, 2020"):
     * either marked as such by its class/id, or a date without a sentence around it.
     */
    private static boolean isBylineOrDate(TextBlock b) {
        if (b.chars() >= StandaloneLines.SHORT || b.isHeading()) return false;
        String t = b.text();
        org.jsoup.nodes.Element e = b.container();
        for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
            // only a small element named like a byline: "status-publish" on the whole <article> says nothing
            if (META_HINT.matcher(e.className() + " " + e.id()).find() && e.text().length() < MAX_BYLINE_BOX) return true;
        }
        return StandaloneLines.isDateline(t);
    }

    private static Rule dropRule(TextBlock b, String normTitle) {
        if (b.tag().equals("h1")) return Rule.H1;
        if (b.isHeading() && !normTitle.isEmpty() && b.text().strip().toLowerCase(Locale.ROOT).equals(normTitle)) {
            return Rule.TITLE_REPEAT;
        }
        if (isBylineOrDate(b)) return Rule.BYLINE_OR_DATE;
        double ld = b.linkDensity();
        if (ld > 0.5 && b.chars() < 300) return Rule.LINK_HEAVY;
        if (ld > 0.8) return Rule.LINK_HEAVY;
        return null;
    }
}
