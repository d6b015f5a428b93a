package org.khabar.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LshBandingTest {
    private static final String ORIGINAL = """
            أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات إصابة جديدة بفيروس كورونا في منطقة الرياض، وأوضحت الوزارة في بيان
            أن الحالات المسجلة لمواطنين تتراوح أعمارهم بين ثلاثين وخمسين عاما، وأنهم يتلقون العلاج في مستشفيات المنطقة.
            ودعت الوزارة المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية وغسل اليدين باستمرار وتجنب مخالطة المصابين،
            مؤكدة أن الفرق الطبية تتابع المخالطين وتجري لهم الفحوص اللازمة للتأكد من سلامتهم.
            """;
    private static final String OTHER = """
            افتتح أمير منطقة مكة المكرمة مساء أمس فعاليات مهرجان الطائف للورد في دورته الجديدة بحضور عدد من المسؤولين،
            وتجول في أجنحة المعرض الذي يضم أكثر من مئة مزارع يعرضون منتجاتهم من الورد الطائفي وماء الورد والعطور،
            وأشاد بالجهود التي بذلتها اللجنة المنظمة لإنجاح المهرجان الذي يستمر عشرة أيام ويتوقع أن يزوره آلاف السياح.
            """;

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupConfig.DEFAULT);

    @Test
    void nearCopySharesABandAndADifferentTextDoesNot() {
        String copy = ORIGINAL.replace("اليوم", "أمس").replace("الرياض،", "الرياض (واس)،") + "\nالمصدر: واس";
        long[] original = fingerprinter.bandKeys(fingerprinter.fingerprint(ORIGINAL));
        long[] nearCopy = fingerprinter.bandKeys(fingerprinter.fingerprint(copy));
        long[] other = fingerprinter.bandKeys(fingerprinter.fingerprint(OTHER));
        assertThat(sharedBands(original, nearCopy)).isPositive();
        assertThat(sharedBands(original, other)).isZero();
    }

    @Test
    void keysDependOnBandPositionNotJustValues() {
        LshBanding banding = new LshBanding(2, 2);
        long[] keys = banding.keys(new int[]{1, 2, 1, 2});
        assertThat(keys[0]).isNotEqualTo(keys[1]);
    }

    @Test
    void candidateProbabilityIsTheSCurve() {
        LshBanding banding = new LshBanding(32, 4);
        assertThat(banding.candidateProbability(0.8)).isGreaterThan(0.999);
        assertThat(banding.candidateProbability(0.5)).isGreaterThan(0.85);
        assertThat(banding.candidateProbability(0.1)).isLessThan(0.01);
    }

    @Test
    void rejectsShortSignatures() {
        assertThatThrownBy(() -> new LshBanding(4, 4).keys(new int[8])).isInstanceOf(IllegalArgumentException.class);
    }

    static int sharedBands(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) n++;
        return n;
    }
}
