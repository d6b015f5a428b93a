package org.khabar.serve;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small news corpus for the web tests: three outlets, a story about NATO and Kyiv with related articles,
 * a copy of it in a second outlet, filler articles enough for several pages, and one hostile article whose
 * title, body and tag carry markup that must come out as text. Stories: the NATO story holds the NATO article
 * (and, through it, its copy) and two related reports from both outlets; two football reports share a story;
 * every other article is a story of its own. Story {@link #MERGED_STORY_ID} was merged into the NATO story.
 */
public final class FixtureNews {
    public static final long NATO_ID = 1;
    public static final long NATO_COPY_ID = 2;
    public static final long HOSTILE_ID = 3;
    public static final String HOSTILE_TITLE = "<script>alert('x')</script> عنوان خطر";
    public static final String NATO_TITLE = "زاخاروفا: خطط الناتو لإمداد كييف بالأسلحة تظهر تورط الحلف في الصراع";
    /** 2018-02-18T18:35Z is Sunday 21:35 in Riyadh. */
    public static final Instant NATO_PUBLISHED = Instant.parse("2018-02-18T18:35:00Z");
    public static final int FILLER = 30;
    /** Shares no tag with anything: no "read also", no similar list. Its tag has a '/' in it. */
    public static final long LONELY_ID = 50;
    public static final String SLASH_TAG = "كوفيد/19";

    public static final long NATO_STORY_ID = 500;
    /** The NATO story's other reports: 18 (RT, the first report) and 15 (البوابة). */
    public static final long NATO_FIRST_REPORT_ID = 18;
    public static final long NATO_OTHER_REPORT_ID = 15;
    public static final long FOOTBALL_STORY_ID = 501;
    public static final long MERGED_STORY_ID = 499;

    public static final Source BAWABA = new Source("albawaba", "البوابة نيوز", "https://www.albawabhnews.com");
    public static final Source RT = new Source("rt", "RT عربي", "https://arabic.rt.com");
    public static final Source SPORT = new Source("kooora", "كووورة", "https://www.kooora.com");

    private FixtureNews() {
    }

    public static InMemoryReadSide readSide() {
        return new InMemoryReadSide(List.of(BAWABA, RT, SPORT), articles(), Map.of(MERGED_STORY_ID, NATO_STORY_ID))
                .withOtherNames(Map.of("ناتو", List.of("حلف شمال الأطلسي", "حلف الناتو")));
    }

    /**
     * Story ids: the NATO story (the copy carries its canonical article's story, as ingest sets it), the football
     * pair, and a story of its own (id + 1000) for every other article.
     */
    static Long storyOf(long id) {
        if (id == NATO_ID || id == NATO_COPY_ID || id == NATO_FIRST_REPORT_ID || id == NATO_OTHER_REPORT_ID) {
            return NATO_STORY_ID;
        }
        if (id == 100 || id == 101) {
            return FOOTBALL_STORY_ID;
        }
        return 1000 + id;
    }

    public static List<Article> articles() {
        List<Article> all = new ArrayList<>();
        Tag nato = tag("ناتو", "الناتو");
        Tag kyiv = tag("كييف", "كييف");
        Tag russianForeign = tag("خارجيه روسي", "الخارجية الروسية");
        Tag weapons = tag("سلاح", "الأسلحة");
        Tag conflict = tag("صراع", "الصراع");
        all.add(article(NATO_ID, BAWABA, NATO_TITLE, NATO_PUBLISHED,
                "صرحت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، أن خطط حلف الناتو لإرسال الأسلحة إلى كييف تظهر تورط الحلف.\n\n"
                        + "أوضحت زاخاروفا أن الأمين العام للناتو صرح أن الحلف سيناقش تزويد كييف بالمساعدات العسكرية.\n"
                        + "تؤكد روسيا على ضرورة حل الصراع الأوكراني من خلال المفاوضات الدبلوماسية. "
                        // a long unbroken token, as pasted links are: must wrap, not widen the page
                        + "https://example.org/" + "a".repeat(150),
                List.of(nato, weapons, russianForeign, kyiv, conflict)));
        all.add(article(NATO_COPY_ID, RT, NATO_TITLE, NATO_PUBLISHED.plusSeconds(1800),
                "صرحت المتحدثة باسم وزارة الخارجية الروسية أن خطط الناتو تظهر تورط الحلف.",
                List.of(nato, kyiv)).withDuplicateOf(NATO_ID));
        Article hostile = article(HOSTILE_ID, RT, HOSTILE_TITLE, Instant.parse("2018-02-10T08:00:00Z"),
                "<img src=x onerror=alert(1)> فقرة فيها وسم خطر عن الناتو\n<b>غامق</b> & نص",
                List.of(tag("<i>وسم</i>", "<i>وسم</i>"), nato));
        all.add(new Article(hostile.id(), "javascript:alert(document.cookie)", hostile.sourceId(), null, hostile.title(),
                hostile.published(), null, null, hostile.body(), null, hostile.tags(), null, null, storyOf(HOSTILE_ID)));
        all.add(article(LONELY_ID, BAWABA, "خبر منفرد لا يشبهه خبر", Instant.parse("2017-05-01T10:00:00Z"),
                "فقرة وحيدة.", List.of(tag(SLASH_TAG, SLASH_TAG))));
        String[][] related = {
                {"المرشح الرئاسي في رومانيا يؤكد أن سياسات كييف تؤجج الصراع", "kyiv,conflict"},
                {"الخارجية الروسية: قطاع غزة جزء لا يتجزأ من أراضي الدولة الفلسطينية", "ru"},
                {"وزير الدفاع الأمريكي وأمين عام الناتو يؤكدان ضرورة زيادة الإنفاق الدفاعي", "nato"},
                {"الدفاع الروسية: خسائر أوكرانية على محور كورسك", "kyiv"},
                {"الخارجية الروسية: إجراءات شطب طالبان من قائمة الإرهاب مستمرة", "ru"},
                {"الناتو يناقش إمدادات الأسلحة إلى كييف في بروكسل", "nato,weapons,kyiv"},
                {"الخارجية الروسية تشن هجوما على ألمانيا بسبب تعويضات لينينجراد", "ru"},
                {"مقتل 56 ألف جندي أوكراني في كورسك بحسب الدفاع الروسية", "kyiv,conflict"},
                {"أمين عام الناتو: الحلف سيواصل دعم كييف", "nato,kyiv"},
                {"الصراع في أوكرانيا يدخل عامه الثالث", "conflict"},
                {"روسيا تحذر من تصعيد الصراع بسبب الأسلحة الغربية", "conflict,weapons"},
                {"الخارجية الروسية تستدعي سفير دولة أوروبية", "ru"},
        };
        long id = 10;
        for (String[] r : related) {
            List<Tag> tags = new ArrayList<>();
            for (String k : r[1].split(",")) {
                tags.add(switch (k) {
                    case "kyiv" -> kyiv;
                    case "conflict" -> conflict;
                    case "ru" -> russianForeign;
                    case "nato" -> nato;
                    case "weapons" -> weapons;
                    default -> throw new IllegalStateException(k);
                });
            }
            all.add(article(id, id % 2 == 0 ? RT : BAWABA, r[0], NATO_PUBLISHED.minusSeconds(3600 * id),
                    r[0] + ".\nتفاصيل الخبر في فقرة ثانية.", tags));
            id++;
        }
        Tag football = tag("كره قدم", "كرة القدم");
        for (int i = 0; i < FILLER; i++) {
            all.add(article(100 + i, SPORT, "مباراة رقم " + (i + 1) + " في الدوري", NATO_PUBLISHED.minusSeconds(86_400L * (i + 2)),
                    "انتهت المباراة رقم " + (i + 1) + " بالتعادل.\nوقال المدرب إن الفريق لعب جيداً.", List.of(football)));
        }
        return all;
    }

    static Tag tag(String key, String label) {
        return new Tag(key, label, 1.0);
    }

    static Article article(long id, Source source, String title, Instant published, String body, List<Tag> tags) {
        return Article.draft("https://example.org/" + source.id() + "/" + id, source.id(), null, title, published,
                null, null, body, null).withId(id).withTags(tags).withStoryId(storyOf(id));
    }
}
