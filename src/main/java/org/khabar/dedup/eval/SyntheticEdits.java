package org.khabar.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Edited copies of real articles, the way outlets alter a wire story. Each edit keeps the story and changes what
 * outlets change; all are deterministic given the seed.
 */
public final class SyntheticEdits {

    public enum Kind {
        CHANGED_HEADLINE, REWRITTEN_FIRST_PARAGRAPH, APPENDED_BOILERPLATE, TRUNCATED_60, OUTLET_FOOTER
    }

    /** An edited copy: new title and body. */
    public record Edited(String title, String body) {
    }

    static final String[] BOILERPLATE = {
            "تابعونا على تويتر وفيسبوك وإنستغرام للاطلاع على آخر الأخبار العاجلة والتقارير الحصرية لحظة بلحظة، "
                    + "ولا تنسوا الاشتراك في نشرتنا البريدية اليومية لتصلكم أهم الأخبار المحلية والعالمية مباشرة "
                    + "إلى بريدكم الإلكتروني. جميع الحقوق محفوظة، ويمنع النسخ أو إعادة النشر دون إذن مسبق من إدارة التحرير.",
            "حمّل تطبيقنا المجاني على هواتف آيفون وأندرويد لتصلك الأخبار العاجلة فور وقوعها، وشارك برأيك في "
                    + "التعليقات أدناه. الآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر بالضرورة عن رأي الصحيفة. "
                    + "للإعلان والتواصل مع فريق التحرير يرجى مراسلتنا عبر البريد الإلكتروني الموضح في صفحة اتصل بنا.",
            "اقرأ أيضاً: أسعار الذهب اليوم في الأسواق المحلية، توقعات الطقس لنهاية الأسبوع، مواعيد مباريات الدوري "
                    + "السعودي للمحترفين. لمزيد من الأخبار والتحليلات تابع قسم الأخبار المحلية وقسم الاقتصاد على موقعنا، "
                    + "واشترك في قناتنا على يوتيوب لمشاهدة التقارير المصورة والمقابلات الحصرية مع المسؤولين.",
    };

    static final String[] FOOTERS = {
            "المصدر: صحيفة عكاظ\nللمزيد من الأخبار زوروا موقعنا على الإنترنت وتابعونا على وسائل التواصل الاجتماعي",
            "نقلاً عن وكالة الأنباء السعودية (واس)\nحقوق النشر محفوظة لصحيفة المدينة ©",
            "المصدر: سبق الإلكترونية\nتابع آخر الأخبار عبر حسابنا الرسمي في تويتر",
            "(واس)\nجميع الحقوق محفوظة لصحيفة اليوم 2015",
    };

    private static final String[] HEADLINE_OPENERS = {"عاجل: ", "بالصور: ", "شاهد: ", "تعرف على ", ""};

    private SyntheticEdits() {
    }

    public static Edited apply(Kind kind, String title, String body, Random random) {
        return switch (kind) {
            case CHANGED_HEADLINE -> new Edited(newHeadline(title, random), body);
            case REWRITTEN_FIRST_PARAGRAPH -> new Edited(title, rewriteFirstParagraph(body));
            case APPENDED_BOILERPLATE -> new Edited(title, body.stripTrailing() + "\n\n"
                    + BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            case TRUNCATED_60 -> new Edited(title, truncate(body, 0.6));
            case OUTLET_FOOTER -> new Edited(title, replaceFooter(body, FOOTERS[random.nextInt(FOOTERS.length)]));
        };
    }

    /** Another outlet's headline: an opener and the words reordered around the middle. */
    static String newHeadline(String title, Random random) {
        String[] words = title.strip().split("\\s+");
        int cut = words.length / 2;
        List<String> out = new ArrayList<>();
        for (int i = cut; i < words.length; i++) out.add(words[i]);
        for (int i = 0; i < cut; i++) out.add(words[i]);
        return HEADLINE_OPENERS[random.nextInt(HEADLINE_OPENERS.length)] + String.join(" ", out);
    }

    /**
     * Rewrites the lead: every pair of adjacent words in the first paragraph swapped (so every word shingle of it
     * changes, as in a real rewrite) and a dateline added. When the first paragraph is over 30% of the text (one
     * long paragraph), the lead sentence is rewritten instead, at most the first 30% of the words.
     */
    static String rewriteFirstParagraph(String body) {
        String text = body.strip();
        int end = text.indexOf('\n');
        if (end < 0 || end > text.length() * 0.3) {
            // One long paragraph: its lead is the first sentence, at most the first 30% of the words.
            int sentence = text.indexOf('.');
            end = Math.min(cutAtWord(text, 0.3), sentence < 0 ? Integer.MAX_VALUE : sentence + 1);
        }
        String lead = text.substring(0, end);
        String[] words = lead.strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            String t = words[i];
            words[i] = words[i + 1];
            words[i + 1] = t;
        }
        return "الرياض - متابعات: " + String.join(" ", words) + text.substring(end);
    }

    static String truncate(String body, double fraction) {
        String text = body.strip();
        return text.substring(0, cutAtWord(text, fraction));
    }

    /** Drops a short last line (an outlet's own credit or sign-off) and appends another outlet's footer. */
    static String replaceFooter(String body, String footer) {
        String text = body.stripTrailing();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak > 0 && text.substring(lastBreak + 1).strip().split("\\s+").length <= 12) {
            text = text.substring(0, lastBreak).stripTrailing();
        }
        return text + "\n" + footer;
    }

    /** Character index just after the word where {@code fraction} of the words have been seen. */
    static int cutAtWord(String text, double fraction) {
        String[] words = text.split("\\s+");
        int keep = Math.max(1, (int) Math.round(words.length * fraction));
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                inWord = true;
            } else if (space && inWord) {
                inWord = false;
                if (++seen == keep) return i;
            }
        }
        return text.length();
    }
}
