package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

public class TemplateSlotsTest {
    public static final String CABLE = """
            بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس توني تان رئيس جمهورية سنغافورة بمناسبة ذكرى اليوم الوطني
            لبلاده، وأعرب خادم الحرمين الشريفين باسمه واسم شعب وحكومة المملكة عن أصدق التهاني وأطيب التمنيات بالصحة
            والسعادة لفخامته ولحكومة وشعب جمهورية سنغافورة الصديق المزيد من التقدم والازدهار.
            """;
    public static final String CABLE_TO_CHAD = CABLE.replace("توني تان", "إدريس ديبي").replace("سنغافورة", "تشاد");
    static final String STATEMENT = """
            أصدرت وزارة الداخلية بيانا قالت فيه إن الجهات الأمنية تمكنت من ضبط المتهم في يوم 14 من الشهر الجاري بعد
            متابعة دقيقة، وأحيل إلى هيئة التحقيق والادعاء العام لاستكمال الإجراءات النظامية بحقه تمهيدا لإحالته إلى
            المحكمة المختصة، وتؤكد الوزارة أنها ستتصدى بكل حزم لكل من يحاول العبث بأمن الوطن.
            """;

    final TemplateSlots slots = TemplateSlots.withDefaults();

    Optional<String> separate(String a, String b) {
        return slots.separate(DedupText.words(a), DedupText.words(b));
    }

    @Test
    void theSameCableToAnotherCountryIsAnotherArticle() {
        assertThat(separate(CABLE, CABLE_TO_CHAD)).hasValueSatisfying(why -> assertThat(why).startsWith("place:"));
    }

    @Test
    void anotherDayInTheSameStatementIsAnotherArticle() {
        assertThat(separate(STATEMENT, STATEMENT.replace("14", "15"))).contains("number: 14 / 15");
    }

    @Test
    void anEditorsChangesAreNoSlots() {
        String edited = "الرياض - واس: " + CABLE.replace("بعث", "أرسل").replace("أصدق", "أحر")
                + "\nرابط الخبر بصحيفة الرياض";
        assertThat(separate(CABLE, edited)).isEmpty();
        assertThat(separate(STATEMENT, STATEMENT.replace("14", "الرابع عشر"))).as("a number written out").isEmpty();
        assertThat(separate(STATEMENT, STATEMENT.replace("في يوم 14 من", "في يوم 14 و15 من"))).as("a number added").isEmpty();
    }

    @Test
    void twoSpellingsOfOneNameAreOnePlace() {
        String a = CABLE.replace("سنغافورة", "سوريا"), b = CABLE.replace("سنغافورة", "سورية");
        assertThat(separate(a, b)).isEmpty();
        assertThat(PlaceSlotRule.spellingsOfOneName("مكه", "مكه مكرمه")).isTrue();
        assertThat(PlaceSlotRule.spellingsOfOneName("سوريا", "سوريه")).isTrue();
        assertThat(PlaceSlotRule.spellingsOfOneName("تشاد", "سنغافوره")).isFalse();
    }

    @Test
    void aPlaceTheOtherTextAlsoNamesWasOnlyMoved() {
        String a = CABLE.replace("ذكرى اليوم الوطني", "ذكرى اليوم الوطني في سنغافورة وتشاد");
        String b = a.replaceFirst("جمهورية سنغافورة", "جمهورية تشاد");
        assertThat(separate(a, b)).isEmpty();
    }

    @Test
    void longBodiesAreLeftToTheFingerprint() {
        String longer = (STATEMENT + " ").repeat(TemplateSlots.MAX_TEMPLATE_WORDS / 50 + 1);
        assertThat(separate(longer + CABLE, longer + CABLE_TO_CHAD)).isEmpty();
    }

    /**
     * The whole-text pre-checks only save work: on random texts built from shared words, places and numbers,
     * answers with them and with the alignment always run are the same.
     */
    @Test
    void preChecksNeverChangeAnAnswer() {
        List<SlotRule> always = List.of(alwaysAligned(new PlaceSlotRule(org.khabar.analyze.Gazetteer.get())),
                alwaysAligned(new NumberSlotRule()));
        TemplateSlots unfiltered = new TemplateSlots(always);
        String[] fillers = {"أعلن", "الوزير", "في", "مدينة", "عن", "افتتاح", "المشروع", "الجديد", "اليوم", "بحضور",
                "المسؤولين", "وأكد", "أن", "العمل", "سيبدأ"};
        String[] slotValues = {"جدة", "الرياض", "تشاد", "سنغافورة", "سوريا", "سورية", "مكة المكرمة", "12", "13", "2015"};
        Random r = new Random(7);
        int separated = 0;
        for (int n = 0; n < 2_000; n++) {
            List<String> a = new ArrayList<>();
            for (int i = 0; i < 25; i++) a.add(r.nextInt(6) == 0 ? slotValues[r.nextInt(slotValues.length)] : fillers[r.nextInt(fillers.length)]);
            List<String> b = new ArrayList<>(a);
            for (int e = 0; e < 2; e++) {
                String w = r.nextInt(5) > 0 ? slotValues[r.nextInt(slotValues.length)] : fillers[r.nextInt(fillers.length)];
                b.set(r.nextInt(b.size()), w);
            }
            List<String> wa = DedupText.words(String.join(" ", a)), wb = DedupText.words(String.join(" ", b));
            Optional<String> expected = unfiltered.separate(wa, wb);
            assertThat(slots.separate(wa, wb)).as("%s / %s", a, b).isEqualTo(expected);
            if (expected.isPresent()) separated++;
        }
        assertThat(separated).as("the random texts exercise both outcomes").isBetween(50, 1_950);
    }

    private static SlotRule alwaysAligned(SlotRule rule) {
        return new SlotRule() {
            @Override
            public boolean mightSeparate(AlignedTexts texts) {
                return true;
            }

            @Override
            public Optional<String> separates(Slot slot) {
                return rule.separates(slot);
            }
        };
    }
}
