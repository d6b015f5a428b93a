package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;

class KeywordTaggerTest {

    static MemoryCorpusStats stats;
    static KeywordTagger tagger;
    static String article;

    static String resource(String name) throws IOException {
        try (InputStream in = KeywordTaggerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void corpus() throws IOException {
        stats = new MemoryCorpusStats();
        tagger = new KeywordTagger(stats);
        for (String doc : resource("corpus-fixture.txt").split("\n---\n")) {
            stats.addDocument(tagger.corpusKeys("", doc));
        }
        article = resource("article-fixture.txt");
    }

    private static List<String> labels(List<Tag> tags) {
        return tags.stream().map(Tag::label).toList();
    }

    @Test
    void editorTagsForANewsArticle() {
        List<Tag> tags = tagger.tag("", article, 8);
        List<String> labels = labels(tags);
        assertThat(labels).hasSizeBetween(5, 8);
        assertThat(labels).contains("الناتو", "كييف", "زاخاروفا");
        assertThat(labels).anyMatch(l -> l.contains("الأسلحة"));
        assertThat(labels).anyMatch(l -> l.contains("الخارجية الروسية"));
        // scores are ranked best first
        for (int i = 1; i < tags.size(); i++) {
            assertThat(tags.get(i).score()).isLessThanOrEqualTo(tags.get(i - 1).score());
        }
    }

    @Test
    void aRuledOutTagGivesItsPlaceToTheNextBestAndNothingElseMoves() {
        List<Tag> shown = tagger.articleTags("", article);
        assertThat(tagger.articleTags("", article, EditorRules.ruledOut(java.util.Set.of("لا وجود له")))).isEqualTo(shown);

        String kyiv = TagKeys.keyOf("كييف");
        assertThat(shown).extracting(Tag::key).contains(kyiv);
        List<Tag> without = tagger.articleTags("", article, EditorRules.ruledOut(java.util.Set.of(kyiv)));
        assertThat(without).extracting(Tag::key).doesNotContain(kyiv);
        assertThat(without).hasSizeGreaterThanOrEqualTo(Math.min(ShownTags.MIN, shown.size()));
        List<Tag> rest = shown.stream().filter(t -> !t.key().equals(kyiv)).toList();
        assertThat(without.subList(0, rest.size())).as("the others keep their order").isEqualTo(rest);
    }

    @Test
    void anEntityNamedTwoWaysIsOneTagInTheArticlesOwnWording() {
        String title = "حلف شمال الأطلسي يرسل قوات إضافية إلى بولندا";
        String body = "أعلن حلف شمال الأطلسي إرسال قوات إضافية إلى بولندا ورومانيا. وقال الأمين العام لحلف شمال الأطلسي "
                + "إن الحلف سيعزز جناحه الشرقي. ويضم الناتو ثلاثين دولة، وتقود الولايات المتحدة أكبر قوة في الناتو. "
                + "وقالت أمريكا إن قواتها في بولندا ستبقى، وإن حلف شمال الأطلسي موحد في مواجهة روسيا.";
        List<Tag> tags = tagger.tag(title, body, 8);
        assertThat(tags).filteredOn(t -> t.key().equals(TagKeys.identityOf("حلف شمال الأطلسي"))).singleElement()
                .as("the name NATO is best known by, of the two the article uses").extracting(Tag::label).isEqualTo("الناتو");
        assertThat(tags).filteredOn(t -> t.key().equals(TagKeys.identityOf("أمريكا"))).singleElement()
                .extracting(Tag::label).isEqualTo("الولايات المتحدة");
        assertThat(labels(tags)).doesNotContain("حلف شمال الأطلسي", "أمريكا");
    }

    @Test
    void aTagAnEditorMergedIsShownAsTheTagItJoined() {
        String title = "ترامب يلتقي ماكرون في باريس";
        String body = "التقى الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في باريس. وقال ترامب إن "
                + "العلاقات مع فرنسا قوية، وأضاف دونالد ترامب أن ترامب وماكرون بحثا التجارة. وقال ماكرون إن ترامب صديق.";
        String trump = TagKeys.keyOf("ترامب");
        String donald = TagKeys.keyOf("دونالد ترامب");
        List<Tag> plain = tagger.articleTags(title, body);
        List<Tag> merged = tagger.articleTags(title, body, new EditorRules(java.util.Set.of(), java.util.Map.of(trump, donald)));
        assertThat(merged).extracting(Tag::key).doesNotContain(trump).containsOnlyOnce(donald);
        assertThat(merged).filteredOn(t -> t.key().equals(donald)).extracting(Tag::label).containsExactly("دونالد ترامب");
        assertThat(plain).extracting(Tag::key).as("without the merge the article shows both").contains(trump, donald);
    }

    @Test
    void aPerfectVerbOfAWawRootNeitherOpensNorClosesATag() {
        String title = "صندوق النقد الدولي يوافق على قرض لمصر";
        String body = "وافق صندوق النقد الدولي على قرض جديد لمصر. ووافق صندوق النقد الدولي أيضا على برنامج الإصلاح. "
                + "وقال مسؤول إن الحكومة وافقت على الشروط، وإن صندوق النقد الدولي واصل دعمه.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("صندوق النقد الدولي");
        assertThat(labels).noneMatch(l -> l.matches(".*(^| )(وافق|وافقت|واصل)( |$).*"));
    }

    @Test
    void aPersonIsTaggedByNameNotByTitleAndNationality() {
        String title = "الرئيس الأمريكي دونالد ترامب يهدد الصين برسوم جديدة";
        String body = "قال الرئيس الأمريكي دونالد ترامب إن بلاده ستفرض رسوما جمركية جديدة على الصين. "
                + "وأضاف الرئيس الأمريكي أن الصين لم تلتزم بتعهداتها التجارية. ورد رئيس الوزراء الصيني على الرئيس "
                + "الأمريكي بأن الصين سترد. وكان وزير الخارجية الصيني قد حذر من حرب تجارية. وانتقد الرئيس السابق "
                + "باراك أوباما الرسوم، وقال الرئيس السابق إن الحرب التجارية تضر الجميع.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels.subList(0, 3)).contains("دونالد ترامب", "الصين");
        for (String description : List.of("الرئيس الأمريكي", "رئيس الوزراء الصيني", "وزير الخارجية الصيني",
                "رئيس الوزراء", "الرئيس", "الرئيس السابق")) {
            assertAbsentOrBelow(labels, description, 2);
        }
    }

    @Test
    void aFormerPresidentIsTaggedByNameNotAsTheFormerPresident() {
        String title = "الرئيس السابق باراك أوباما ينتقد سياسة الهجرة";
        String body = "انتقد الرئيس السابق باراك أوباما سياسة الهجرة الجديدة. وقال الرئيس السابق في خطاب بجامعة "
                + "شيكاغو إن فصل العائلات على الحدود أمر مخز. وأضاف الرئيس السابق أن أمريكا بلد المهاجرين.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("باراك أوباما").doesNotContain("السابق", "السابق باراك أوباما");
        assertAbsentOrBelow(labels, "الرئيس السابق", labels.indexOf("باراك أوباما"));
    }

    @Test
    void aPhraseCutBeforeTheNameItsLastWordHeadsIsNoTag() {
        String title = "ميليشيات حزب الله تحشد في الجنوب";
        String body = "حشدت ميليشيات حزب الله عناصرها في الجنوب، وقالت مصادر إن ميليشيات حزب الله نقلت صواريخ إلى "
                + "القرى الحدودية. وأكد مؤسس شركة تسلا إيلون ماسك أن ميليشيات حزب الله تهدد الاستقرار.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertAbsentOrBelow(labels, "ميليشيات حزب", 4);
        assertAbsentOrBelow(labels, "مؤسس شركة", 4);
        assertThat(labels).as("shown as a whole name, or not at all").noneMatch(l -> l.endsWith(" حزب") || l.endsWith(" شركة"));
    }

    @Test
    void aPhraseClosedByAWordOfRenownIsNoTag() {
        String title = "موقع التواصل الشهير يحذف ملايين الحسابات المزيفة";
        String body = "حذف موقع التواصل الشهير فيسبوك ملايين الحسابات المزيفة. وقال موقع التواصل الشهير إن الحسابات "
                + "المزيفة نشرت أخبارا كاذبة عن الانتخابات الأمريكية، وأكدت الناشطة البارزة منى سيف أن موقع التواصل "
                + "الشهير تأخر في الحذف. ومثل مارك زوكربيرغ أمام الكونغرس الأمريكي بعد فضيحة كامبريدج أناليتيكا، "
                + "واعتذر مارك زوكربيرغ عن تسريب بيانات المستخدمين إلى كامبريدج أناليتيكا قبل الانتخابات الأمريكية.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertAbsentOrBelow(labels, "موقع التواصل الشهير", 4);
        assertAbsentOrBelow(labels, "التواصل الشهير", 4);
        assertThat(labels.subList(0, 5)).as("the description is no shown tag, alone or grown from another")
                .noneMatch(l -> l.endsWith(" الشهير") || l.endsWith(" البارزة"));
    }

    /** {@code label} is not among {@code labels}, or ranks after position {@code rank}. */
    private static void assertAbsentOrBelow(List<String> labels, String label, int rank) {
        assertThat(labels.indexOf(label)).as(label)
                .satisfiesAnyOf(at -> assertThat(at).isEqualTo(-1), at -> assertThat(at).isGreaterThan(rank));
    }

    @Test
    void theSecondHalfOfACompoundNameOpensNoTag() {
        String title = "عبد الفتاح السيسي يفتتح مشروعات جديدة";
        String body = "وأكد عبد الفتاح السيسي أن المشروعات الجديدة في العاصمة توفر فرص عمل. وقال عبد الفتاح السيسي "
                + "إن الدولة ماضية في خططها. وأضاف أن أبو بكر البغدادي ليس له مكان.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("عبد الفتاح السيسي");
        assertThat(labels).doesNotContain("الفتاح السيسي", "الفتاح", "بكر البغدادي");
    }

    @Test
    void aMediaWordIsNeverATagAloneButMayStandInsideOne() {
        String title = "شاهد بالفيديو: تقنية الفيديو تلغي هدفا في كأس العالم";
        String body = "ألغت تقنية الفيديو هدفا في مباراة من كأس العالم. شاهد الفيديو. وأظهرت الصور أن اللاعب كان "
                + "متسللا، واعتمد الحكم على تقنية الفيديو. شاهد الصور.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("تقنية الفيديو");
        assertThat(labels).doesNotContain("شاهد", "الفيديو", "الصور");
    }

    @Test
    void aBodyWordWithoutItsNameIsNoTag() {
        String title = "حزب جديد يدخل البرلمان";
        String body = "أعلن حزب جديد دخوله البرلمان بعد الانتخابات. وقال رئيس حزب العدالة إن كل حزب يحترم النتائج، "
                + "وإن أي حزب يخسر يحق له الطعن. ورحب حزب الله بالنتائج.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).doesNotContain("حزب");
        assertThat(labels).anyMatch(l -> l.startsWith("حزب "));
    }

    @Test
    void overlappingWindowsOfOneLongNameBecomeThatName() {
        String title = "المجلس الأعلى للقوات المسلحة يحدد موعد الانتخابات البرلمانية";
        String body = "أعلن المجلس الأعلى للقوات المسلحة في مصر أن الانتخابات البرلمانية ستجري في نوفمبر. "
                + "وقال بيان المجلس الأعلى للقوات المسلحة إن اللجنة العليا للانتخابات ستعلن الجدول.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("المجلس الأعلى للقوات المسلحة");
        assertThat(labels).doesNotContain("المجلس الأعلى للقوات", "الأعلى للقوات المسلحة");
        assertThat(labels).allMatch(l -> l.split(" ").length <= KeywordTagger.MAX_JOINED_WORDS);
    }

    @Test
    void aPersonIsTaggedByFullNameNotByFirstNameOrCoordinatedPhrases() {
        String title = "عادل إمام يدافع عن حرية الإبداع";
        String body = "قال الفنان عادل إمام إن حرية الإبداع الفني مهددة في مصر. وأضاف عادل إمام أن الكولسترول "
                + "وامراض القلب لا تمنعه من العمل، وأن عادل إمام سيعود إلى المسرح.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("عادل إمام");
        assertThat(labels).doesNotContain("عادل");
        assertThat(labels).noneMatch(l -> l.contains(" وامراض"));
    }

    @Test
    void tagKeyIsTheCanonicalKeyOfItsLabel() {
        for (Tag t : tagger.tag("", article, 10)) {
            assertThat(TagKeys.identityOf(t.label())).as(t.label()).isEqualTo(t.key());
        }
    }

    @Test
    void labelsAreBareSurfaceFormsWithoutProcliticsOrStopwordEdges() {
        WordAnalyzer wa = new WordAnalyzer();
        for (Tag t : tagger.tag("", article, 10)) {
            String[] words = t.label().split(" ");
            assertThat(wa.analyzeArabic(words[0]).stop()).as(t.label()).isFalse();
            Word last = wa.analyzeArabic(words[words.length - 1]);
            boolean closesPhrase = words.length > 1 && Lexicon.get().isPhraseCloser(ArabicNormalizer.fold(last.bare()));
            assertThat(last.stop() && !closesPhrase).as(t.label()).isFalse();
            assertThat(words[0]).as(t.label()).doesNotStartWith("لل").doesNotStartWith("وال").doesNotStartWith("بال");
        }
    }

    @Test
    void anOrdinalClosesANameButIsNeverATagAlone() {
        String title = "الحرب العالمية الثانية في ذاكرة أوروبا";
        String body = "قال مؤرخون إن الحرب العالمية الثانية غيرت وجه القارة. وأضافوا أن الحرب العالمية الثانية "
                + "أقسى من حروب القرن التاسع عشر، وأن الحرب العالمية الثانية باقية في الذاكرة. "
                + "ويعاني الجنود القدامى من ألم أسفل الظهر.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("الحرب العالمية الثانية").doesNotContain("الحرب العالمية", "الثانية");
        assertThat(labels).allMatch(l -> !l.startsWith("الثانية") && !l.startsWith("عشر"));
        Collection<String> keys = tagger.corpusKeys(title, body);
        assertThat(keys).contains(TagKeys.keyOf("الحرب العالمية الثانية"), TagKeys.keyOf("القرن التاسع عشر"),
                TagKeys.keyOf("ألم أسفل الظهر"));
        assertThat(keys).doesNotContain(TagKeys.keyOf("الثانية"), TagKeys.keyOf("عشر"), TagKeys.keyOf("الثانية في"));
    }

    @Test
    void aNationalityGluedToANameIsNeverAPhrase() {
        String title = "البرازيلي نيمار يقود باريس سان جيرمان";
        String body = "سجل البرازيلي نيمار هدفين، وقال البرازيلي نيمار إنه سعيد. وأشاد المدرب بأداء البرازيلي نيمار "
                + "في الدوري الإسباني لكرة القدم الموسم الماضي، بينما يتصدر الدوري الإسباني برشلونة.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("نيمار").doesNotContain("البرازيلي نيمار", "الإسباني لكرة القدم");
        Collection<String> keys = tagger.corpusKeys(title, body);
        assertThat(keys).contains(TagKeys.keyOf("الدوري الإسباني"))
                .doesNotContain(TagKeys.keyOf("البرازيلي نيمار"), TagKeys.keyOf("الإسباني لكرة"));
    }

    @Test
    void aNationalityAdjectiveAloneIsShownAsItsCountry() {
        String title = "الرئيس المصري يستقبل وزير الخارجية الفرنسي";
        String body = "استقبل الرئيس المصري اليوم وزير الخارجية الفرنسي، وبحث الجانبان العلاقات. وقال المتحدث المصري "
                + "إن الجانب المصري يقدر الموقف الفرنسي، وأكد الوزير الفرنسي أن باريس تدعم مصر في ملف سد النهضة.";
        List<Tag> tags = tagger.tag(title, body, 8);
        assertThat(labels(tags)).doesNotContain("المصري", "الفرنسي").contains("مصر");
        assertThat(tags).filteredOn(t -> t.label().equals("مصر")).allMatch(t -> t.key().equals(TagKeys.keyOf("مصر")));
        assertThat(tags).extracting(Tag::key).doesNotHaveDuplicates();
    }

    @Test
    void theTailOfAnOfficeIsNoTag() {
        String title = "إقالة وزير الداخلية التونسي";
        String body = "أعلنت رئاسة الحكومة إقالة وزير الداخلية التونسي لطفي براهم. وكان وزير الداخلية التونسي قد زار "
                + "المنطقة قبل أيام، وقال رئيس الوزراء التونسي إن وزير الداخلية التونسي المقال سيحال إلى التحقيق. "
                + "وعين رئيس الوزراء وزير العدل غازي الجريبي وزيرا للداخلية بالإنابة.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).doesNotContain("الداخلية التونسي", "الوزراء التونسي");
        // the justice minister is tagged by his name, not by his office's tail and name
        List<String> all = labels(tagger.tag(title, body, 30));
        assertThat(all).contains("غازي الجريبي").noneMatch(l -> l.contains("العدل غازي"));
        assertThat(all).noneMatch(l -> l.startsWith("زيرا")); // "وزيرا" keeps its و
        assertThat(labels).anyMatch(l -> l.contains("لطفي براهم"));
    }

    @Test
    void noTagRepeatsPartOfAnotherPhrase() {
        String body = "قال حلف شمال الأطلسي إن وزارة الخارجية الروسية ترفض الحوار. وأكد حلف شمال الأطلسي أن "
                + "الخارجية الروسية لم ترد، وأن وزارة الخارجية الروسية تنتقد حلف شمال الأطلسي منذ سنوات. " + article;
        List<String> labels = labels(tagger.tag("", body, 10));
        List<String[]> phrases = labels.stream().map(l -> l.split(" ")).filter(w -> w.length > 1).toList();
        for (String[] a : phrases) {
            for (String[] b : phrases) {
                if (a == b) continue;
                String ja = " " + String.join(" ", a) + " ";
                String jb = " " + String.join(" ", b) + " ";
                assertThat(ja).as("%s inside %s", jb, ja).doesNotContain(jb);
                // one word shared at the edge: "الإنجليزي الممتاز" beside "الممتاز لكرة القدم"
                assertThat(a[a.length - 1].equals(b[0]) && !(a.length > 2 && b.length > 2))
                        .as("%s then %s", ja, jb).isFalse();
            }
        }
        // the article also says الناتو, the name NATO is best known by (EntityAliases)
        assertThat(labels).contains("الناتو").doesNotContain("شمال الأطلسي", "حلف شمال الأطلسي");
    }

    @Test
    void theLearnedRankerDecidesTheOrder() {
        double[] mean = new double[CandidateFeatures.SIZE];
        double[] scale = new double[CandidateFeatures.SIZE];
        java.util.Arrays.fill(scale, 1.0);
        double[] weight = new double[CandidateFeatures.SIZE];
        weight[CandidateFeatures.NAMES.indexOf("oneWord")] = -8; // a model that dislikes single words
        KeywordTagger phrasesFirst = new KeywordTagger(stats, KeywordTagger.Weights.DEFAULT,
                new TagRanker(0, mean, scale, weight));
        List<Tag> tags = phrasesFirst.tag("", article, 3);
        assertThat(tags).hasSize(3).allMatch(t -> t.label().contains(" "));
        weight[CandidateFeatures.NAMES.indexOf("oneWord")] = 8;
        List<Tag> words = new KeywordTagger(stats, KeywordTagger.Weights.DEFAULT, new TagRanker(0, mean, scale, weight))
                .tag("", article, 3);
        assertThat(words).hasSize(3).noneMatch(t -> t.label().contains(" "));
    }

    @Test
    void everyShortlistedCandidateHasOneValuePerNamedFeature() {
        List<KeywordTagger.CandidateRow> rows = KeywordTagger.forFitting(stats, KeywordTagger.Weights.DEFAULT)
                .shortlistFeatures("", article);
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.features()).hasSize(CandidateFeatures.NAMES.size());
            assertThat(java.util.Arrays.stream(r.features()).allMatch(Double::isFinite)).as(r.label()).isTrue();
        });
        double[] oneWord = rows.stream().filter(r -> r.label().equals("الناتو")).findFirst().orElseThrow().features();
        assertThat(oneWord[CandidateFeatures.NAMES.indexOf("oneWord")]).isEqualTo(1.0);
        assertThat(oneWord[CandidateFeatures.NAMES.indexOf("phraseDf")]).isEqualTo(0.0);
    }

    @Test
    void aWindowThatAlwaysSitsBesideTheSameWordIsMarked() {
        String body = "أعلن معهد الكويت للأبحاث العلمية نتائج الدراسة. وقال معهد الكويت للأبحاث العلمية إن "
                + "المياه الجوفية في خطر، ودعا معهد الكويت للأبحاث العلمية إلى حماية المياه الجوفية.";
        int at = CandidateFeatures.NAMES.indexOf("sameNeighbour");
        var rows = KeywordTagger.forFitting(stats, KeywordTagger.Weights.DEFAULT).shortlistFeatures("", body);
        double[] window = rows.stream().filter(r -> r.label().equals("الكويت للأبحاث العلمية")).findFirst()
                .orElseThrow().features();
        assertThat(window[at]).isEqualTo(1.0);
    }

    @Test
    void sameTextGivesSameTags() {
        List<Tag> a = tagger.tag("عنوان", article, 8);
        List<Tag> b = tagger.tag("عنوان", article, 8);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void titleWordsWeighMore() {
        List<String> withTitle = labels(tagger.tag("بروكسل تستضيف اجتماع الناتو", article, 8));
        assertThat(withTitle).contains("بروكسل");
    }

    @Test
    void corpusKeysHoldStemsPhrasesAndEvidence() {
        Collection<String> keys = tagger.corpusKeys("", "أكد الرئيس بوتين أن الخارجية الروسية ترفض العقوبات.");
        assertThat(keys).contains(TagKeys.keyOf("الخارجية الروسية"), TagKeys.keyOf("العقوبات"),
                KeywordTagger.DEFINITE + TagKeys.keyOf("العقوبات"), KeywordTagger.AFTER_TITLE + TagKeys.keyOf("بوتين"));
        assertThat(keys).doesNotContain(TagKeys.keyOf("أكد"));
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void aGluedPrepositionIsCutWhenTheArticleAlsoWritesTheWordAlone() {
        String title = "ريال مدريد يهزم برشلونة";
        String body = "حقق ريال مدريد فوزا كبيرا على برشلونة. وقال مدرب لريال مدريد إن الفوز مهم لريال مدريد "
                + "وأضاف أن المنتخب سيلعب بنزيف من الإصابات بعد النزيف الذي عانى منه.";
        Collection<String> keys = tagger.corpusKeys(title, body);
        assertThat(keys).contains(TagKeys.keyOf("ريال مدريد"), TagKeys.keyOf("النزيف"))
                .doesNotContain(TagKeys.keyOf("لريال مدريد"), TagKeys.keyOf("بنزيف"));
        for (Tag t : tagger.tag(title, body, 10)) {
            assertThat(t.label()).doesNotStartWith("لريال").doesNotContain(" لريال").doesNotStartWith("بنزيف");
            assertThat(TagKeys.identityOf(t.label())).as(t.label()).isEqualTo(t.key()); // a typed label finds the tag
        }
    }

    @Test
    void aLetterThatMayBeAPrepositionStaysWithoutEvidence() {
        // لبنان: the article never writes "بنان"; لترامب: this article never writes ترامب alone
        Collection<String> keys = tagger.corpusKeys("رسالة لترامب من لبنان", "بعث رئيس لبنان رسالة لترامب.");
        assertThat(keys).contains(TagKeys.keyOf("لبنان"), TagKeys.keyOf("لترامب"))
                .doesNotContain(TagKeys.keyOf("بنان"), TagKeys.keyOf("ترامب"));
        // an alef after the letter is the word's own: كامل is not ك + أمل, لاعبي not ل + the key of "للاعبين"
        keys = tagger.corpusKeys("تحذير للاعبين", "حذر الأطباء لاعبي كرة القدم من التبغ. ولديه أمل كامل في الشفاء.");
        assertThat(keys).contains(TagKeys.keyOf("لاعبي كرة القدم"), TagKeys.keyOf("كامل"));
        // a shared stem key is no evidence: بطاقات (cards) is not ب + طاقات where the article writes الطاقة (energy)
        keys = tagger.corpusKeys("بطاقات التموين", "وزعت الوزارة بطاقات التموين. وارتفعت أسعار الطاقة.");
        assertThat(keys).contains(TagKeys.keyOf("بطاقات التموين"));
    }

    @Test
    void maxIsRespected() {
        assertThat(tagger.tag("", article, 3)).hasSize(3);
        assertThat(tagger.tag("", article, 0)).isEmpty();
    }

    @Test
    void badInputGivesDefinedOutputInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(tagger.tag("", "", 8)).isEmpty();
            assertThat(tagger.tag(null, null, 8)).isEmpty();
            assertThat(tagger.corpusKeys(null, null)).isEmpty();
            List<Tag> latin = tagger.tag("Breaking news", "NATO leaders met in Brussels. NATO said Ukraine will get arms.", 8);
            assertThat(labels(latin)).contains("NATO");
            String noSpaces = "ك".repeat(1 << 20);
            assertThat(tagger.tag("", noSpaces, 8)).isEmpty();
            assertThat(new TextAnalyzer().tokens(noSpaces)).isEmpty();
            String bidi = "\u202Bالناتو\u202C NATO \u200Fكييف\u200E \u2067Kyiv\u2069 الناتو كييف";
            assertThat(labels(tagger.tag("", bidi, 8))).contains("الناتو", "كييف");
            String surrogates = "الناتو\uD800 \uDC00كييف \uD83D";
            assertThat(labels(tagger.tag("", surrogates, 8))).contains("الناتو", "كييف");
            String repeated = "الصراع ".repeat(100_000);
            List<Tag> rep = tagger.tag("", repeated, 8);
            assertThat(labels(rep)).containsExactly("الصراع");
            assertThat(new TextAnalyzer().tokens(repeated)).hasSize(100_000);
        });
    }

    @Test
    void emptyCorpusStillTags() {
        KeywordTagger fresh = new KeywordTagger(new MemoryCorpusStats());
        assertThat(labels(fresh.tag("", article, 8))).contains("الناتو");
        // no corpus attests any phrase yet: a name seen once is still a name
        String once = "قال حلف شمال الأطلسي إن كييف ستتسلم الأسلحة. وأكد حلف شمال الأطلسي أن الخارجية الروسية حذرت.";
        assertThat(labels(fresh.tag("الناتو يرسل أسلحة إلى كييف", once, 8))).contains("الخارجية الروسية");
    }
}
