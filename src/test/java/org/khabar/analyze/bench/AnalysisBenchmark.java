package org.khabar.analyze.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.analyze.ArabicNormalizer;
import org.khabar.analyze.ArabicTokenizer;
import org.khabar.analyze.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of the normalizer and the tokenizer on a 1.7 KB Arabic news paragraph with diacritics,
 * punctuation, numbers and a Latin word. Run (after {@code mvn test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    /** About 1.7 KB: the average ANT article size the import benchmarks use. */
    public static final String TEXT;

    static {
        String p = "صرّحت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، اليوم الأربعاء، أنَّ خطط حلف شمال الأطلسي (الناتو) "
                + "لإرسال إمدادات الأسلحة إلى كييف تُظهر تورّط الحلف المباشر في الصراع. وارتفعت الأسعار بنسبة ٣٫٥٪ "
                + "خلال عام 2024 وفق تقرير نشرته وكالة Reuters على موقعها https://example.com/news. ";
        StringBuilder b = new StringBuilder();
        while (b.length() < 1700) {
            b.append(p);
        }
        TEXT = b.substring(0, 1700);
    }

    @Benchmark
    public String normalize() {
        return ArabicNormalizer.normalize(TEXT);
    }

    @Benchmark
    public List<Token> tokenize() {
        return ArabicTokenizer.tokenize(TEXT);
    }
}
