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
    enum Rule { LINK_HEAVY, BOILERPLATE_PHRASE, TITLE_REPEAT, H1 }

    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^\\W*(advertisement|advertising|sponsored"
            + "|share( this)?( article| story)?( on \\w+)?|tweet|follow us.*|read more|read also|see also|related( articles| stories)?"
            + "|comments?|print|email|subscribe.*|sign up.*|skip to .*|all rights reserved.*|copyright.*|©.*"
            + "|إعلان|اعلان|اقرأ أيضا.*|اقرأ ايضا.*|إقرأ أيضا.*|اقرا ايضا.*|شارك.*|تابعونا.*|تابعنا.*|مواضيع ذات صلة.*"
            + "|أخبار ذات صلة.*|اخبار ذات صلة.*|المزيد.*|طباعة|أرسل.*|التعليقات.*|جميع الحقوق محفوظة.*|اشترك.*)\\W*$");
    /** Phrases only count as boilerplate in short blocks; in a long paragraph they are part of the prose. */
    private static final int SHORT = 80;

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
                if (l.length() < SHORT && BOILERPLATE.matcher(l).matches()) {
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

    private static Rule dropRule(TextBlock b, String normTitle) {
        if (b.tag().equals("h1")) return Rule.H1;
        if (b.isHeading() && !normTitle.isEmpty() && b.text().strip().toLowerCase(Locale.ROOT).equals(normTitle)) {
            return Rule.TITLE_REPEAT;
        }
        double ld = b.linkDensity();
        if (ld > 0.5 && b.chars() < 300) return Rule.LINK_HEAVY;
        if (ld > 0.8) return Rule.LINK_HEAVY;
        return null;
    }
}
