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

    /**
     * Arabic labels are matched whole ("اقرأ أيضا", "شارك على فيسبوك"), never as the start of any line: the same
     * verbs open ordinary sentences ("شارك أكثر من مئة رجل في الحفر", "أرسل الرئيس وفدا"), and a "read also"
     * line whose title is plain text (not a link, which {@link Rule#LINK_HEAVY} drops) is the outlet's own text.
     */
    private static final String READ_ALSO = "[اأإ]قر[اأ] [اأ]يض[اً]\\p{M}*";
    private static final String SHARE = "شارك\\p{M}*(?:ه|ها|وا)?(?: (?:على|عبر|في|مع) (?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب"
            + "|مواقع التواصل.*|الشبكات الاجتماعية)(?: .*)?| (?:هذا )?(?:المقال|الخبر|الموضوع|الصفحة|القصة)(?: .*)?)?";
    private static final Pattern BOILERPLATE = Pattern.compile("(?iuU)^\\W*(advertisement|advertising|sponsored"
            + "|share( this)?( article| story)?( on \\w+)?|tweet|follow us.*|read more|read also|see also|related( articles| stories)?"
            + "|comments?|print|email|subscribe.*|sign up.*|skip to .*|all rights reserved.*|copyright.*|©.*"
            + "|إعلان|اعلان|" + READ_ALSO + "|اقرأ المزيد|" + SHARE + "|تابعونا.*|تابعنا.*|مواضيع ذات صلة.*"
            + "|أخبار ذات صلة.*|اخبار ذات صلة.*|المزيد|المزيد من الأخبار|المزيد من الاخبار|طباعة|أرسل|أرسل لصديق"
            + "|التعليقات\\W*\\d*|جميع الحقوق محفوظة.*|اشترك|اشترك في النشرة.*|اشترك الآن.*)\\W*$");
    private static final Pattern META_HINT = Pattern.compile(
            "(?i)byline|author|dateline|post-?date|entry-?date|article-?date|publish|post-?meta|article-?meta|entry-?meta|posted-?on");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。]\\s*$");
    private static final int MAX_BYLINE_WORDS = 10;
    private static final int MAX_BYLINE_BOX = 200;
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

    /**
     * A short line that carries the date or the byline ("نشر في: الاثنين ٢٤ آب ٢٠٢٠", "By Jane Doe | May 3, 2020"):
     * either marked as such by its class/id, or a date without a sentence around it.
     */
    private static boolean isBylineOrDate(TextBlock b) {
        if (b.chars() >= SHORT || b.isHeading()) return false;
        String t = b.text();
        org.jsoup.nodes.Element e = b.container();
        for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
            // only a small element named like a byline: "status-publish" on the whole <article> says nothing
            if (META_HINT.matcher(e.className() + " " + e.id()).find() && e.text().length() < MAX_BYLINE_BOX) return true;
        }
        return hasDigit(t) && t.split("\\s+").length <= MAX_BYLINE_WORDS && !SENTENCE_END.matcher(t).find()
                && DatelineShape.isDateline(t) && org.khabar.extract.date.DateParsing.parseText(t, "byline").isPresent();
    }

    /** Every date form needs digits: a cheap test before the date patterns. */
    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
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
