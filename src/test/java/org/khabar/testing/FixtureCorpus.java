package org.khabar.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a khabar-JSONL corpus of Arabic articles on a few topics, from five outlets, for tests that need
 * a realistic but self-made corpus (the shared data is not available to the default suite). Articles of
 * one topic share vocabulary, so similar lists and tags have something to find; a fixed seed makes the
 * corpus the same on every run.
 */
public final class FixtureCorpus {
    static final String[] OUTLETS = {"alarabiya", "bbc", "cnn", "france24", "skynews"};

    record Topic(String[] titles, String[] sentences) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(new String[]{
                    "الخارجية الروسية تنتقد خطط الناتو لتزويد كييف بالأسلحة",
                    "زاخاروفا: إمدادات أسلحة الناتو إلى أوكرانيا تصعيد خطير",
                    "موسكو تحذر الحلف الأطلسي من التورط في الصراع الأوكراني",
                    "اجتماع في بروكسل لبحث المساعدات العسكرية لأوكرانيا"},
                    new String[]{
                    "قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن خطط حلف الناتو لإرسال الأسلحة إلى كييف تظهر تورط الحلف في الصراع.",
                    "وأضافت أن الأمين العام للناتو ينس ستولتنبرغ أعلن أن الحلف سيناقش تزويد أوكرانيا بالمساعدات العسكرية.",
                    "وتعتبر روسيا أن إمدادات الأسلحة الغربية إلى كييف تصعيد خطير للصراع الأوكراني.",
                    "وعقدت مجموعة الاتصال الدفاعية اجتماعها في مقر الناتو في بروكسل بحضور وزراء الدفاع.",
                    "وأعلن وزير الدفاع الأوكراني عن تحالف للدفاع الجوي بقيادة ألمانيا وفرنسا والولايات المتحدة.",
                    "وتؤكد موسكو ضرورة حل الصراع في أوكرانيا عبر المفاوضات الدبلوماسية.",
                    "وتتهم الخارجية الروسية الدول الغربية بإطالة أمد الحرب في أوكرانيا.",
                    "وقال مسؤولون في الناتو إن الدعم العسكري لكييف سيستمر ما دامت الحرب قائمة."}),
            new Topic(new String[]{
                    "ارتفاع أسعار النفط مع خفض أوبك للإنتاج",
                    "أوبك وحلفاؤها يتفقون على تمديد خفض إنتاج النفط",
                    "خام برنت يصعد إلى أعلى مستوى في ثلاثة أشهر",
                    "السعودية تقود جهود أوبك لضبط أسواق النفط"},
                    new String[]{
                    "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.",
                    "وصعد خام برنت بنسبة 2% ليبلغ 85 دولارا للبرميل في تعاملات الأربعاء.",
                    "واتفقت أوبك وحلفاؤها بقيادة السعودية وروسيا على تمديد خفض الإنتاج حتى نهاية العام.",
                    "وقال محللون إن تراجع المخزونات الأمريكية دعم أسعار الخام.",
                    "وتسعى منظمة البلدان المصدرة للنفط إلى إعادة التوازن إلى السوق.",
                    "وأشار وزير الطاقة السعودي إلى أن المنظمة مستعدة لاتخاذ إجراءات إضافية.",
                    "وتراجع خام غرب تكساس الوسيط قليلا بعد بيانات المخزونات.",
                    "ويتوقع خبراء الطاقة أن يبقى الطلب على النفط قويا في آسيا."}),
            new Topic(new String[]{
                    "ريال مدريد يفوز على برشلونة في الكلاسيكو",
                    "برشلونة يسقط أمام ريال مدريد في الدوري الإسباني",
                    "بنزيمة يقود ريال مدريد لانتصار كبير",
                    "الكلاسيكو: مدريد يقترب من لقب الدوري"},
                    new String[]{
                    "فاز فريق ريال مدريد على غريمه برشلونة بثلاثة أهداف مقابل هدف في الكلاسيكو.",
                    "وسجل كريم بنزيمة هدفين في مباراة الدوري الإسباني على ملعب سانتياغو برنابيو.",
                    "وبهذا الفوز يقترب ريال مدريد من حسم لقب الدوري الإسباني هذا الموسم.",
                    "وقال مدرب برشلونة إن فريقه ارتكب أخطاء دفاعية كلفته المباراة.",
                    "وشهدت المباراة حضورا جماهيريا كبيرا في العاصمة مدريد.",
                    "وأهدر مهاجم برشلونة ركلة جزاء في الشوط الثاني.",
                    "ويحتل برشلونة المركز الثاني في جدول ترتيب الدوري.",
                    "وأشاد أنشيلوتي بأداء لاعبيه بعد الانتصار في الكلاسيكو."}),
            new Topic(new String[]{
                    "زلزال قوي يضرب جنوب تركيا",
                    "ارتفاع عدد ضحايا الزلزال في تركيا وسوريا",
                    "فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض",
                    "مساعدات دولية تصل إلى المناطق المنكوبة بالزلزال"},
                    new String[]{
                    "ضرب زلزال بقوة 7.8 درجة جنوب تركيا وشمال سوريا فجر الاثنين.",
                    "وارتفع عدد ضحايا الزلزال إلى آلاف القتلى والجرحى في البلدين.",
                    "وتواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض المباني المنهارة.",
                    "ووصلت مساعدات إنسانية من دول عربية وأوروبية إلى المناطق المنكوبة.",
                    "وأعلنت الحكومة التركية حالة الطوارئ في عشر ولايات.",
                    "وقالت الأمم المتحدة إن ملايين الأشخاص بحاجة إلى مساعدات عاجلة.",
                    "وتسببت الهزات الارتدادية في انهيار مزيد من المباني في غازي عنتاب.",
                    "ويعاني الناجون من البرد الشديد ونقص المأوى والغذاء."}),
            new Topic(new String[]{
                    "أبل تكشف عن هاتف آيفون الجديد",
                    "إطلاق آيفون بمعالج أسرع وكاميرا محسنة",
                    "مبيعات الهواتف الذكية تتراجع عالميا",
                    "أبل وسامسونغ تتنافسان على سوق الهواتف"},
                    new String[]{
                    "كشفت شركة أبل عن هاتف آيفون الجديد بمعالج أسرع وكاميرا محسنة.",
                    "ويأتي الهاتف بشاشة أكبر وبطارية تدوم لفترة أطول.",
                    "وتراجعت مبيعات الهواتف الذكية عالميا بنسبة 10% خلال الربع الأخير.",
                    "وتتنافس أبل وسامسونغ على صدارة سوق الهواتف الذكية.",
                    "وقال الرئيس التنفيذي لشركة أبل إن الذكاء الاصطناعي محور الأجهزة الجديدة.",
                    "ويبدأ سعر الهاتف الجديد من 999 دولارا في الولايات المتحدة.",
                    "وتعتمد الشركة على مصانع في الصين والهند لإنتاج أجهزتها.",
                    "ويتوقع محللون أن تعزز الكاميرا الجديدة مبيعات آيفون."}),
            new Topic(new String[]{
                    "مهرجان القاهرة السينمائي يفتتح دورته الجديدة",
                    "أفلام عربية تتنافس في مهرجان القاهرة",
                    "تكريم نجوم السينما المصرية في افتتاح المهرجان",
                    "جوائز مهرجان القاهرة السينمائي تذهب لأفلام مستقلة"},
                    new String[]{
                    "افتتح مهرجان القاهرة السينمائي الدولي دورته الجديدة بحضور نجوم السينما العربية.",
                    "ويشارك في المسابقة الرسمية خمسة عشر فيلما من دول عربية وأجنبية.",
                    "وكرم المهرجان عددا من نجوم السينما المصرية في حفل الافتتاح.",
                    "وقال رئيس المهرجان إن الدورة تحتفي بالسينما المستقلة.",
                    "وتعرض الأفلام في دار الأوبرا المصرية وعدد من دور العرض في القاهرة.",
                    "وحصد فيلم تونسي الجائزة الكبرى في ختام المهرجان.",
                    "ويشهد المهرجان ورشا لصناع الأفلام الشباب.",
                    "وأشاد النقاد بمستوى الأفلام العربية المشاركة هذا العام."}));

    static final String[] PEOPLE = {"أحمد", "سارة", "خالد", "ليلى", "يوسف", "مريم", "عمر", "نور", "طارق", "هدى",
            "سليم", "رنا", "كريم", "دينا", "فادي", "سلمى"};
    static final String[] PLACES = {"القاهرة", "بيروت", "عمان", "الرياض", "تونس", "الرباط", "الدوحة", "بغداد",
            "دمشق", "الكويت", "مسقط", "الخرطوم", "الجزائر", "أبوظبي", "المنامة", "صنعاء"};
    static final String[] VERBS = {"أوضح", "ذكر", "بيّن", "رأى", "اعتبر", "لفت", "نقل", "كشف"};
    static final String[] OBJECTS = {"الملف", "القرار", "الاجتماع", "التقرير", "الاتفاق", "البيان", "المشروع",
            "الخطة", "الحدث", "الموقف", "المؤتمر", "الإعلان"};
    static final String[] QUALITIES = {"مهم", "معقد", "حساس", "جديد", "متوقع", "لافت", "مفاجئ", "ضروري"};

    /** Places that name one event each: nothing else in the corpus uses them. */
    static final String[] EVENT_PLACES = {"طرابلس", "حلب", "الموصل", "نواكشوط", "جيبوتي", "أربيل", "بنغازي", "عدن",
            "صفاقس", "مراكش", "الإسكندرية", "جدة", "حمص", "البصرة", "وهران", "الزرقاء", "إربد", "نابلس"};
    static final int EVENTS_PER_TOPIC = 3;
    static final int REPORTS_PER_EVENT = 4;

    /**
     * What a story corpus holds, as its author knows it.
     *
     * @param storyOf url → the event (story) it reports; copies are not listed (they belong to their original's)
     * @param copyOf  url of a syndicated copy → url of the report it copies
     */
    public record StoryCorpus(Path file, int records, Map<String, Integer> storyOf, Map<String, String> copyOf) {
    }

    private FixtureCorpus() {
    }

    /**
     * A corpus with known stories and known syndicated copies: {@value #EVENTS_PER_TOPIC} events per topic, five
     * days apart (beyond the clustering window, so one topic's events are separate stories); each event has
     * {@value #REPORTS_PER_EVENT} reports from different outlets within two hours, sharing the event's own
     * sentences and place name; the first report of every event is copied word for word (new headline) by the
     * fifth outlet two hours later. Records are written oldest first, as a feed would deliver them.
     */
    public static StoryCorpus writeStories(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        Instant base = Instant.parse("2024-03-01T06:00:00Z");
        List<Map<String, Object>> records = new ArrayList<>();
        Map<String, Integer> storyOf = new LinkedHashMap<>();
        Map<String, String> copyOf = new LinkedHashMap<>();
        int event = 0;
        for (int e = 0; e < EVENTS_PER_TOPIC; e++) {
            for (int t = 0; t < TOPICS.size(); t++, event++) {
                Topic topic = TOPICS.get(t);
                String place = EVENT_PLACES[event];
                Instant start = base.plus(e * 5L, ChronoUnit.DAYS).plus(t * 7L, ChronoUnit.HOURS);
                List<String> eventSentences = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    eventSentences.add(topic.sentences()[(2 * e + k) % topic.sentences().length]
                            .replaceFirst("\\.$", "") + " في " + place + ".");
                }
                List<String> outlets = new ArrayList<>(List.of(OUTLETS));
                java.util.Collections.shuffle(outlets, random);
                for (int r = 0; r < REPORTS_PER_EVENT; r++) {
                    List<String> shuffled = new ArrayList<>(eventSentences);
                    java.util.Collections.shuffle(shuffled, random);
                    List<String> paragraphs = new ArrayList<>(shuffled.subList(0, 3));
                    for (int k = 0; k < 2; k++) paragraphs.add(uniqueSentence(random, topic, event * 10 + r));
                    String url = "https://" + outlets.get(r) + ".example/stories/" + event + "-" + r;
                    Instant published = start.plus(r * 40L, ChronoUnit.MINUTES);
                    String title = topic.titles()[r % topic.titles().length] + " في " + place;
                    records.add(record(url, outlets.get(r), title, published, paragraphs));
                    storyOf.put(url, event);
                    if (r == 0) {
                        String copyUrl = "https://" + outlets.get(REPORTS_PER_EVENT) + ".example/wire/" + event;
                        records.add(record(copyUrl, outlets.get(REPORTS_PER_EVENT), "عاجل: " + title,
                                published.plus(2, ChronoUnit.HOURS), paragraphs));
                        copyOf.put(copyUrl, url);
                    }
                }
            }
        }
        records.sort(java.util.Comparator.comparing(rec -> (String) rec.get("published")));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> rec : records) {
                w.write(json.writeValueAsString(rec));
                w.write('\n');
            }
        }
        return new StoryCorpus(file, records.size(), storyOf, copyOf);
    }

    private static Map<String, Object> record(String url, String outlet, String title, Instant published,
                                              List<String> paragraphs) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("url", url);
        rec.put("source", outlet);
        rec.put("title", title);
        rec.put("published", published.toString());
        rec.put("author", "");
        rec.put("summary", paragraphs.get(0));
        rec.put("body", String.join("\n", paragraphs));
        return rec;
    }

    private static String uniqueSentence(Random r, Topic topic, int article) {
        String keyword = topic.titles()[r.nextInt(topic.titles().length)].split(" ")[r.nextInt(2)];
        return VERBS[r.nextInt(VERBS.length)] + " " + PEOPLE[r.nextInt(PEOPLE.length)] + " من "
                + PLACES[r.nextInt(PLACES.length)] + " أن " + OBJECTS[r.nextInt(OBJECTS.length)] + " "
                + QUALITIES[r.nextInt(QUALITIES.length)] + " بشأن " + keyword + " بعد " + (r.nextInt(90) + 2)
                + " يوما، وأن " + OBJECTS[r.nextInt(OBJECTS.length)] + " رقم " + (article * 7 + r.nextInt(1000))
                + " " + QUALITIES[r.nextInt(QUALITIES.length)] + " في " + PLACES[r.nextInt(PLACES.length)] + ".";
    }

    /** Writes {@code count} articles and returns the file. */
    public static Path write(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        Instant base = Instant.parse("2024-02-14T06:00:00Z");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Topic topic = TOPICS.get(i % TOPICS.size());
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                List<String> sentences = new ArrayList<>(List.of(topic.sentences()));
                java.util.Collections.shuffle(sentences, random);
                // Two sentences of the topic's shared vocabulary, the rest unique to this article, so articles of
                // one topic are related without being copies of each other (dedup would rightly group copies).
                List<String> paragraphs = new ArrayList<>(sentences.subList(0, 2));
                for (int k = 0; k < 4; k++) paragraphs.add(uniqueSentence(random, topic, i));
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("url", "https://" + outlet + ".example/news/" + (i + 1));
                rec.put("source", outlet);
                rec.put("title", topic.titles()[random.nextInt(topic.titles().length)] + " (" + (i + 1) + ")");
                rec.put("published", base.plus(i * 37L, ChronoUnit.MINUTES).toString());
                rec.put("author", "");
                rec.put("summary", paragraphs.get(0));
                rec.put("body", String.join("\n", paragraphs));
                w.write(json.writeValueAsString(rec));
                w.write('\n');
            }
        }
        return file;
    }
}
