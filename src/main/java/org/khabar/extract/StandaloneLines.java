package org.khabar.extract;

import org.khabar.extract.date.DateParsing;

import java.util.regex.Pattern;

/**
 * Lines that carry no article text on their own, whether they come from a page (the extractor's last pass) or from
 * an imported body (whose links a corpus stripped, leaving "اقرأ أيضاً:" alone on its line): a label or call to
 * action standing alone, and a dateline or byline with a date and hardly anything else. Both paths drop them with
 * the same rules, so an article crawled from its page and the same article imported read the same.
 */
public final class StandaloneLines {
    /**
     * Arabic labels are matched whole ("اقرأ أيضا", "شارك على فيسبوك"), never as the start of any line: the same
     * verbs open ordinary sentences ("شارك أكثر من مئة رجل في الحفر", "أرسل الرئيس وفدا"), and a "read also"
     * line whose title is plain text (not a link, which the extractor drops as link-heavy) is the outlet's own text.
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
    /** Labels and datelines are short: in a long paragraph the same words are part of the prose. */
    public static final int SHORT = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。]\\s*$");
    private static final int MAX_BYLINE_WORDS = 10;

    private StandaloneLines() {
    }

    /** A label or call to action alone on its line: "اقرأ أيضاً:", "شارك على فيسبوك", "Advertisement". */
    public static boolean isLabel(String line) {
        return line.length() < SHORT && BOILERPLATE.matcher(line).matches();
    }

    /** A date, or a byline with a date, without a sentence around it: "نشر في: الاثنين ٢٤ آب ٢٠٢٠". */
    public static boolean isDateline(String line) {
        return line.length() < SHORT && hasDigit(line) && line.strip().split("\\s+").length <= MAX_BYLINE_WORDS
                && !SENTENCE_END.matcher(line).find() && DatelineShape.isDateline(line)
                && DateParsing.parseText(line, "byline").isPresent();
    }

    /** Every date form needs digits: a cheap test before the date patterns. */
    static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }
}
