package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Three reports of one outlet on NATO, Kyiv and arms, written apart (no copies), for tests of tagging decisions. */
public final class NatoReports {
    public static final String[] BODIES = {
        "قال حلف شمال الأطلسي إن كييف ستتسلم الأسلحة الجديدة قريبا. وأكد الأمين العام لحلف شمال الأطلسي أن الخارجية "
                + "الروسية حذرت من توسع الصراع، وأن كييف تطلب المزيد من الأسلحة والذخائر من الحلفاء في أوروبا.",
        "حذرت الخارجية الروسية حلف شمال الأطلسي من إرسال الأسلحة إلى كييف، وقالت إن الصراع سيطول. وفي أول تعليق على "
                + "البيان قال مسؤول في كييف إن الدعم العسكري مستمر وإن الجيش يحتاج إلى منظومات الدفاع الجوي.",
        "اجتمع وزراء دفاع حلف شمال الأطلسي في بروكسل لبحث تسليم الأسلحة إلى كييف. وقالت الخارجية الروسية في أول "
                + "تعليق لها إن الاجتماع يصب الزيت على نار الصراع، فيما رحبت الحكومة في كييف بالقرار.",
    };

    private NatoReports() {
    }

    /** Ingests the three reports through the ingest path and commits; their ids. */
    public static List<Long> ingest(Khabar khabar) {
        khabar.store().upsertSource(new Source("bbc", "بي بي سي عربي", null));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < BODIES.length; i++) ids.add(ingest(khabar, i, "الناتو وكييف والأسلحة " + i, BODIES[i]));
        khabar.commit();
        return ids;
    }

    /** Ingests one report of the outlet, {@code i} minutes after the first; its id. */
    public static long ingest(Khabar khabar, int i, String title, String body) {
        Article a = Article.draft("https://bbc.example/" + i, "bbc", null, title,
                Instant.parse("2018-02-18T06:00:00Z").plusSeconds(60L * i), null, null, body, null);
        khabar.ingestor().ingest(a);
        return khabar.store().byUrl("https://bbc.example/" + i).orElseThrow().id();
    }
}
