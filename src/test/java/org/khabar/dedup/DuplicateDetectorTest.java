package org.khabar.dedup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.store.sqlite.SqliteDatabase;
import org.khabar.store.ArticleStore;
import org.khabar.store.FingerprintStore;
import org.khabar.store.InMemoryFingerprintStore;
import org.khabar.store.jdbc.JdbcFingerprintStore;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateDetectorTest {
    static final Instant T = Instant.parse("2015-08-01T10:00:00Z");
    static final String STORY = """
            أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات إصابة جديدة بفيروس كورونا في منطقة الرياض، وأوضحت الوزارة في بيان
            أن الحالات المسجلة لمواطنين تتراوح أعمارهم بين ثلاثين وخمسين عاما، وأنهم يتلقون العلاج في مستشفيات المنطقة.
            ودعت الوزارة المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية وغسل اليدين باستمرار وتجنب مخالطة المصابين،
            مؤكدة أن الفرق الطبية تتابع المخالطين وتجري لهم الفحوص اللازمة للتأكد من سلامتهم.
            """;
    static final String OTHER = """
            افتتح أمير منطقة مكة المكرمة مساء أمس فعاليات مهرجان الطائف للورد في دورته الجديدة بحضور عدد من المسؤولين،
            وتجول في أجنحة المعرض الذي يضم أكثر من مئة مزارع يعرضون منتجاتهم من الورد الطائفي وماء الورد والعطور،
            وأشاد بالجهود التي بذلتها اللجنة المنظمة لإنجاح المهرجان الذي يستمر عشرة أيام ويتوقع أن يزوره آلاف السياح.
            """;
    static final String COPY = "الرياض (واس) - " + STORY.replace("اليوم", "أمس") + "\nتابعونا على تويتر";

    static DuplicateDetector detector(FingerprintStore store) {
        return new DuplicateDetector(DedupConfig.DEFAULT, SourceCredits.withDefaults(Map.of()), store);
    }

    @Test
    void aCopyJoinsItsOriginalsGroupAndAnUnrelatedTextDoesNot() {
        DuplicateDetector d = detector(new InMemoryFingerprintStore());
        assertThat(d.ingest(1, "was", T, STORY).joinedCanonical()).isEmpty();
        DedupDecision copy = d.ingest(2, "okaz", T.plusSeconds(600), COPY);
        assertThat(copy.joinedCanonical()).contains(1L);
        assertThat(copy.isDuplicate()).isTrue();
        assertThat(copy.canonicalChanged()).isFalse();
        assertThat(copy.repoint()).containsExactly(2L);
        assertThat(d.ingest(3, "sabq", T.plusSeconds(900), OTHER).joinedCanonical()).isEmpty();
        assertThat(d.ingest(4, "alyaum", T.plusSeconds(1200), COPY).members()).containsExactly(1L, 2L, 4L);
    }

    @Test
    void anEarlierCopyArrivingLateBecomesCanonicalAndTheGroupIsRepointed() {
        DuplicateDetector d = detector(new InMemoryFingerprintStore());
        d.ingest(10, "okaz", T.plusSeconds(600), COPY);
        d.ingest(11, "alyaum", T.plusSeconds(900), COPY);
        DedupDecision late = d.ingest(12, "was", T, STORY);
        assertThat(late.canonicalId()).isEqualTo(12L);
        assertThat(late.isDuplicate()).isFalse();
        assertThat(late.canonicalChanged()).isTrue();
        assertThat(late.repoint()).containsExactlyInAnyOrder(10L, 11L, 12L);

        Map<Long, Long> duplicateOf = new HashMap<>();
        late.applyTo(recordingStore(duplicateOf));
        assertThat(duplicateOf).containsEntry(10L, 12L).containsEntry(11L, 12L).containsEntry(12L, null);
    }

    @Test
    void atEqualTimesTheAgencyNamedInTheTextIsCanonical() {
        DuplicateDetector d = detector(new InMemoryFingerprintStore());
        d.ingest(20, "okaz", T, COPY); // says "(واس)"
        DedupDecision agency = d.ingest(21, "was", T, STORY);
        assertThat(agency.canonicalId()).isEqualTo(21L);
    }

    @Test
    void copiesOfIsReadOnly() {
        InMemoryFingerprintStore store = new InMemoryFingerprintStore();
        DuplicateDetector d = detector(store);
        d.ingest(1, "was", T, STORY);
        assertThat(d.copiesOf(COPY)).containsExactly(1L);
        assertThat(d.copiesOf(OTHER)).isEmpty();
        assertThat(store.size()).isEqualTo(1);
    }

    /** Fingerprints alone take a cable filled in for another country for a copy; the two texts tell them apart. */
    @Test
    void aTemplateFilledInAgainIsNotACopyWhenTheTextsAreAtHand() {
        Map<Long, String> bodies = Map.of(1L, TemplateSlotsTest.CABLE, 2L, TemplateSlotsTest.CABLE_TO_CHAD);
        DuplicateDetector blind = detector(new InMemoryFingerprintStore());
        blind.ingest(1, "was", T, TemplateSlotsTest.CABLE);
        assertThat(blind.ingest(2, "okaz", T.plusSeconds(60), TemplateSlotsTest.CABLE_TO_CHAD).joinedCanonical())
                .contains(1L);

        DuplicateDetector reading = new DuplicateDetector(DedupConfig.DEFAULT, SourceCredits.withDefaults(Map.of()),
                new InMemoryFingerprintStore(), id -> Optional.ofNullable(bodies.get(id)));
        reading.ingest(1, "was", T, TemplateSlotsTest.CABLE);
        assertThat(reading.ingest(2, "okaz", T.plusSeconds(60), TemplateSlotsTest.CABLE_TO_CHAD).joinedCanonical())
                .isEmpty();
        assertThat(reading.copiesOf(TemplateSlotsTest.CABLE_TO_CHAD)).containsExactly(2L);
        String editedCopy = "الرياض - واس: " + TemplateSlotsTest.CABLE.replace("بعث", "أرسل");
        assertThat(reading.copiesOf(editedCopy)).containsExactly(1L);
    }

    /** One day's weather bulletin and the next day's: the same template, other weather. */
    static final String FORECAST = """
            توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم طقسا شديد الحرارة على شرق
            المملكة ووسطها ومعتدلا مع سماء غائمة جزئيا على المصايف، فيما تنشط الرياح السطحية المثيرة للأتربة والغبار على
            شمال شرق المملكة. وأورد التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون جنوبية غربية إلى غربية تتحول
            إلى شمالية غربية على الجزء الشمالي والأوسط، وارتفاع الموج من نصف متر إلى متر ونصف، وحالة البحر خفيف إلى
            متوسط الموج، بينما تكون حركة الرياح السطحية على الخليج العربي شرقية إلى شمالية شرقية وحالة البحر خفيف الموج.
            """;
    static final String NEXT_DAY_FORECAST = """
            توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم سماء غائمة جزئيا وطقسا معتدلا
            على المصايف، شديد الحرارة على شرق ووسط المملكة، مع استمرار تدني الرؤية الأفقية بسبب العوالق الترابية على
            شمال المملكة. وأورد التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون جنوبية غربية إلى غربية تتحول
            إلى شمالية غربية على الجزء الشمالي والأوسط، وارتفاع الموج من نصف متر إلى متر ونصف، وحالة البحر خفيف إلى
            متوسط الموج، بينما تكون حركة الرياح السطحية على الخليج العربي شرقية إلى شمالية شرقية وحالة البحر خفيف الموج.
            """;

    @Test
    void twoDaysWeatherBulletinsAreNotCopiesButOneDaysCopiesAre() {
        Map<Long, String> bodies = Map.of(1L, FORECAST, 2L, NEXT_DAY_FORECAST, 3L, NEXT_DAY_FORECAST);
        DuplicateDetector d = new DuplicateDetector(DedupConfig.DEFAULT, SourceCredits.withDefaults(Map.of()),
                new InMemoryFingerprintStore(), id -> Optional.ofNullable(bodies.get(id)));
        d.ingest(1, "sabq", T, FORECAST);
        // the same texts half an hour apart: one bulletin, edited by another outlet
        DuplicateDetector sameDay = new DuplicateDetector(DedupConfig.DEFAULT, SourceCredits.withDefaults(Map.of()),
                new InMemoryFingerprintStore(), id -> Optional.ofNullable(bodies.get(id)));
        sameDay.ingest(1, "sabq", T, FORECAST);
        assertThat(sameDay.ingest(2, "alriyadh", T.plusSeconds(1800), NEXT_DAY_FORECAST).joinedCanonical()).contains(1L);
        // seventeen hours later: the next day's bulletin
        assertThat(d.ingest(2, "alriyadh", T.plusSeconds(17 * 3600), NEXT_DAY_FORECAST).joinedCanonical()).isEmpty();
        // a verbatim copy stays a copy whenever it is published
        assertThat(d.ingest(3, "alyaum", T.plusSeconds(40 * 3600), NEXT_DAY_FORECAST).joinedCanonical()).contains(2L);
    }

    @Test
    void tooShortBodiesAreNeverCopies() {
        DuplicateDetector d = detector(new InMemoryFingerprintStore());
        assertThat(d.ingest(1, "was", T, "عاجل").joinedCanonical()).isEmpty();
        assertThat(d.ingest(2, "okaz", T, "عاجل").joinedCanonical()).isEmpty();
        assertThat(d.ingest(3, "okaz", T, "").joinedCanonical()).isEmpty();
    }

    /** Several workers ingesting copies of one story at once into one SQLite file: still exactly one group. */
    @Test
    void concurrentCopiesStayOneGroupOnSqlite(@TempDir Path dir) throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir);
             FingerprintStore store = new JdbcFingerprintStore(db)) {
            DuplicateDetector d = detector(store);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<DedupDecision>> results = new ArrayList<>();
            String[] variants = {STORY, COPY, STORY + "\nالمصدر: سبق", "نقلاً عن عكاظ\n" + STORY};
            for (int i = 0; i < 12; i++) {
                long id = 100 + i;
                String body = variants[i % variants.length];
                Instant when = T.plusSeconds(60L * ((i * 7) % 12));
                results.add(pool.submit(() -> d.ingest(id, "outlet" + (id % 5), when, body)));
            }
            Set<Long> canonicals = new HashSet<>();
            for (Future<DedupDecision> f : results) f.get();
            pool.shutdown();
            for (long id = 100; id < 112; id++) {
                long article = id;
                long group = store.<Long>atomically(s -> s.groupOf(article).orElse(-1));
                assertThat(group).isNotEqualTo(-1);
                canonicals.add(store.<Long>atomically(s -> s.canonical(group).orElse(-1)));
            }
            // the earliest published (i = 0 → T) is id 100
            assertThat(canonicals).containsExactly(100L);
        }
    }

    /** An ArticleStore that only records setDuplicateOf; every other call is an error in this test. */
    static ArticleStore recordingStore(Map<Long, Long> duplicateOf) {
        return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[]{ArticleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setDuplicateOf")) {
                        duplicateOf.put((Long) args[0], (Long) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
