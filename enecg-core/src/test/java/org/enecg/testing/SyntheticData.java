package org.enecg.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Task;
import org.enecg.train.Labels;
import org.enecg.train.TrainingData;

/**
 * Embedding tables with known answers. Each record has latent labels: age (years, U(20, 90)), RR interval (ms,
 * U(500, 1200)), sex (0/1), a rhythm class (0..K-1) and a binary flag. An "informative" expert's features are
 * {@code z + N(0, noise²)} copies of the standardised latents (so the best possible error is known); "noise"
 * experts are pure N(0, 1) (or wildly scaled, to exercise standardisation); the gate input is random.
 */
public final class SyntheticData {
    public static final Task AGE = Task.regression("age", "age", "years");
    public static final Task RR = Task.regression("rr_interval", "rr_interval", "ms");
    public static final Task SEX = Task.binary("gender", "gender", "male", "female");
    public static final Task FLAG = Task.binary("flag", "flag", "normal", "abnormal");

    public static Task rhythm(int classes) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) names.add("class" + k);
        return Task.multiclass("report_label", "report_label", names);
    }

    /** One expert: its name, output size, and which latent it encodes ({@code null} = pure noise). */
    public record ExpertSpec(String name, int dim, String encodes, double noise, double scale) {
        public static ExpertSpec informative(String name, int dim, String task, double noise) {
            return new ExpertSpec(name, dim, task, noise, 1);
        }

        public static ExpertSpec noise(String name, int dim) { return new ExpertSpec(name, dim, null, 1, 1); }
    }

    private SyntheticData() {}

    /**
     * @param n          records (one per subject unless {@code recordsPerSubject} > 1)
     * @param experts    the experts
     * @param gateDim    gate input width
     * @param tasks      tasks to label (any of AGE, RR, SEX, FLAG, rhythm(K))
     * @param missing    share of labels removed at random per task
     * @param seed       seed
     */
    public static TrainingData make(int n, List<ExpertSpec> experts, int gateDim, List<Task> tasks, double missing,
                                    int recordsPerSubject, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, double[]> latent = new LinkedHashMap<>();
        double[] age = new double[n], rr = new double[n], sex = new double[n], flag = new double[n], rhythm = new double[n];
        int k = 15;
        for (Task t : tasks) if (t.name().equals("report_label")) k = t.outputSize();
        for (int i = 0; i < n; i++) {
            age[i] = 20 + 70 * rng.nextDouble();
            rr[i] = 500 + 700 * rng.nextDouble();
            sex[i] = rng.nextInt(2);
            flag[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            rhythm[i] = rng.nextInt(k);
        }
        latent.put("age", age);
        latent.put("rr_interval", rr);
        latent.put("gender", sex);
        latent.put("flag", flag);
        latent.put("report_label", rhythm);
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("rec%04d", i));
            subjects.add("subj" + (i / Math.max(1, recordsPerSubject)));
        }
        List<EmbeddingTable.ExpertOutputs> outs = new ArrayList<>();
        for (ExpertSpec e : experts) {
            float[][] rows = new float[n][e.dim()];
            for (int i = 0; i < n; i++) {
                double[] z = e.encodes() == null ? null : code(e.encodes(), latent.get(e.encodes())[i], k);
                for (int j = 0; j < e.dim(); j++) {
                    double signal = z == null ? 0 : z[j % z.length];
                    rows[i][j] = (float) (e.scale() * (signal + e.noise() * rng.nextGaussian()));
                }
            }
            outs.add(new EmbeddingTable.ExpertOutputs(e.name(), "synthetic:" + e.name() + ":" + seed, rows));
        }
        float[][] gate = new float[n][gateDim];
        for (int i = 0; i < n; i++) for (int j = 0; j < gateDim; j++) gate[i][j] = (float) rng.nextGaussian();
        Map<String, double[]> labels = new LinkedHashMap<>();
        for (Task t : tasks) {
            double[] y = latent.get(t.name()).clone();
            for (int i = 0; i < n; i++) if (rng.nextDouble() < missing) y[i] = Double.NaN;
            labels.put(t.name(), y);
        }
        return new TrainingData(new EmbeddingTable(ids, outs, gate), new Labels(labels), subjects, tasks,
                "{\"synthetic\":true,\"dim\":" + gateDim + "}");
    }

    /** Standardised code of a latent value: regression (v - mean)/sd, binary ±1, multiclass one-hot. */
    private static double[] code(String task, double v, int k) {
        switch (task) {
            case "age": return new double[] {(v - 55) / (70 / Math.sqrt(12))};
            case "rr_interval": return new double[] {(v - 850) / (700 / Math.sqrt(12))};
            case "gender":
            case "flag": return new double[] {2 * v - 1};
            case "report_label": {
                double[] z = new double[k];
                z[(int) v] = 2;
                return z;
            }
            default: throw new IllegalArgumentException(task);
        }
    }

    /** A table shaped like the bundled data: 320 records, 5 experts of sizes 26..512, gate 5000, 5 tasks. */
    public static TrainingData bundledSized(long seed) {
        return make(320, List.of(
                        ExpertSpec.informative("rhythm", 26, "rr_interval", 0.5),
                        ExpertSpec.informative("morphology", 64, "gender", 1.0),
                        ExpertSpec.informative("spectral", 128, "report_label", 1.0),
                        ExpertSpec.informative("rocket", 256, "age", 2.0),
                        new ExpertSpec("dlinear", 512, null, 1, 1000)),
                5000, List.of(RR, AGE, SEX, rhythm(15), FLAG), 0.05, 1, seed);
    }
}
