package org.khabar.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model over {@link CandidateFeatures}: the probability that an editor would pick the candidate. Its
 * weights are fitted on the AKEC train split ({@code khabar eval keywords --fit-ranker}) and kept in
 * {@code tag-ranker.tsv}, one named feature a line (name, mean, scale, weight), so a reader sees what each weighs.
 */
public final class TagRanker {

    static final String RESOURCE = "tag-ranker.tsv";
    private static final String BIAS = "bias";

    private final double bias;
    private final double[] mean;
    private final double[] scale;
    private final double[] weight;

    public TagRanker(double bias, double[] mean, double[] scale, double[] weight) {
        if (mean.length != CandidateFeatures.SIZE || scale.length != mean.length || weight.length != mean.length) {
            throw new IllegalArgumentException("a tag ranker needs " + CandidateFeatures.SIZE + " features");
        }
        this.bias = bias;
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weight = weight.clone();
        // the same linear function with the standardisation folded in: one multiply-add per feature, no division
        this.slope = new double[mean.length];
        double intercept = bias;
        for (int i = 0; i < mean.length; i++) {
            if (scale[i] > 0) {
                slope[i] = weight[i] / scale[i];
                intercept -= slope[i] * mean[i];
            }
        }
        this.intercept = intercept;
    }

    private final double[] slope;
    private final double intercept;

    private static volatile TagRanker shipped;

    /** Names of the features the model weighs, in order. */
    public static java.util.List<String> features() {
        return CandidateFeatures.NAMES;
    }

    /** The fitted model shipped with khabar (read once). */
    public static TagRanker shipped() {
        TagRanker r = shipped;
        if (r == null) {
            r = load();
            shipped = r;
        }
        return r;
    }

    private static TagRanker load() {
        try (InputStream in = TagRanker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ranker written by {@link #format()}. */
    public static TagRanker read(java.nio.file.Path file) throws IOException {
        try (BufferedReader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in);
        }
    }

    static TagRanker parse(BufferedReader in) throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("tag ranker line needs name, mean, scale, weight: " + line);
            }
            rows.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        double[] mean = new double[CandidateFeatures.SIZE];
        double[] scale = new double[CandidateFeatures.SIZE];
        double[] weight = new double[CandidateFeatures.SIZE];
        for (int i = 0; i < CandidateFeatures.SIZE; i++) {
            double[] r = rows.get(CandidateFeatures.NAMES.get(i));
            if (r == null) {
                throw new IllegalArgumentException("tag ranker has no weight for " + CandidateFeatures.NAMES.get(i));
            }
            mean[i] = r[0];
            scale[i] = r[1];
            weight[i] = r[2];
        }
        double[] b = rows.get(BIAS);
        return new TagRanker(b == null ? 0 : b[2], mean, scale, weight);
    }

    /** The model as the resource file holds it. */
    public String format() {
        StringBuilder out = new StringBuilder("# feature\tmean\tscale\tweight (logistic model over standardised features)\n");
        out.append(BIAS).append("\t0\t1\t").append(num(bias)).append('\n');
        for (int i = 0; i < weight.length; i++) {
            out.append(CandidateFeatures.NAMES.get(i)).append('\t').append(num(mean[i])).append('\t')
                    .append(num(scale[i])).append('\t').append(num(weight[i])).append('\n');
        }
        return out.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** Probability in (0, 1); constant features (scale 0) do not count. */
    double score(double[] features) {
        double z = intercept;
        for (int i = 0; i < slope.length; i++) {
            z += slope[i] * features[i];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
