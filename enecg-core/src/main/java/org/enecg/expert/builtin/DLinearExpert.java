package org.enecg.expert.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fingerprint;
import org.enecg.expert.Normalisation;

/**
 * DLinear, one of the paper's five experts ({@link DLinearModel}: moving-average decomposition with kernel 1001, two
 * linear maps over 500 samples of one lead, forecasting the next sample), trained by this project on next-sample
 * forecasting over the bundled ECGs ({@link DLinearTrainer}, ridge in closed form; {@code enecg dlinear-train}) and
 * shipped as {@value #RESOURCE}.
 *
 * <p>Input: the twelve standard leads, the whole record at 100 Hz, z-scored with one mean and standard deviation over
 * all leads of the record (the authors' preprocessing). The authors squeeze the whole record into 500 samples (50 Hz
 * for 10 s), which leaves nothing to forecast inside a 10-s record; at 100 Hz a 10-s lead holds 500 next-sample
 * targets, the same model shape is trained and applied at one fixed rate, and the weights mean the same on records of
 * any length. The maps are shared by all leads, as the authors' {@code individual=False} with 12 channels.
 *
 * <p>Output: what the frozen DLinear gives a head, per lead. The authors feed their head the single forecast of the
 * next sample; one number per record says little, so each lead gives five: the forecast (the paper's output) and the
 * seasonal and trend maps' outputs it is the sum of (the model's hidden representation), each the mean over the 5-s
 * windows that end every {@value #WINDOW_STEP} samples (0.5 s) from the first complete one to the record's end (a
 * forecast of only the sample after the record depends on where the record happens to end: a 7.3-s crop of a 10-s
 * record moved it by about a standard deviation across records; issue 16), and, from forecasting every sample that has 500 samples before it, the residual RMS and the
 * prediction gain (10 log10 of the targets' variance over the mean squared residual). A linear predictor forecasts
 * smooth stretches well and fails at sharp QRS onsets, ectopic beats, fibrillatory waves and noise, so the residual
 * statistics summarise predictability, which the rhythm and morphology classes change.
 *
 * <p>Limits: a record of 500 samples or fewer at 100 Hz (5 s) has no residual ({@code dlinear.valid} 0, fills), and its
 * one forecast reads a window whose missing past repeats its first sample (the decomposition's own edge rule). A flat lead
 * has a constant forecast, a constant residual and a gain near 0 dB.
 */
public final class DLinearExpert extends FeatureExpert {

    /** 2: forecast, seasonal and trend pooled over windows instead of read from the last one (issue 16). */
    static final String VERSION = "2";
    /** Samples (at {@link #FS}) between the ends of the pooled forecast windows: 0.5 s. */
    static final int WINDOW_STEP = 50;
    static final String PREFIX = "dlinear";
    public static final double FS = 100;
    public static final String RESOURCE = "dlinear.json";
    /**
     * Added to the variance and the mean squared error before the gain's ratio (z-score units, 1 % of the record's
     * standard deviation squared): a flat or nearly flat lead has a gain near 0 dB instead of an extreme ratio of two
     * tiny numbers.
     */
    static final double GAIN_FLOOR = 1e-4;

    /** The record-level output. */
    enum Out implements Feature {
        VALID("valid", 0, "1 when the record is longer than 500 samples at 100 Hz (residuals exist), else 0");

        private final Spec spec;

        Out(String key, double fill, String meaning) { spec = new Spec(key, fill, meaning); }

        @Override public Spec spec() { return spec; }
    }

    /** Per-lead outputs, in z-score units of the record. */
    enum LeadOut implements Feature {
        FORECAST("forecast", 0, "mean forecast of the next sample over 5-s windows every 0.5 s (the paper's DLinear output, pooled)"),
        SEASONAL("seasonal", 0, "the seasonal map's output (with its bias), pooled as the forecast"),
        TREND("trend", 0, "the trend map's output (with its bias), pooled as the forecast"),
        RESIDUAL_RMS("residual_rms", 0, "RMS of the one-step forecast errors over the record"),
        PREDICTION_GAIN_DB("prediction_gain_db", 0, "10 log10((variance of the targets + 1e-4) / (mean squared error + 1e-4))");

        private final Spec spec;

        LeadOut(String key, double fill, String meaning) { spec = new Spec(key, fill, meaning); }

        @Override public Spec spec() { return spec; }
    }

    private final DLinearModel model;
    /** The databases the weights were fitted on (from the file's provenance). */
    private final List<String> trainingData;

    /** The expert with the bundled weights. */
    public DLinearExpert() { this(bundled()); }

    private DLinearExpert(Loaded w) {
        super(PREFIX, VERSION, inputSpec(), parameters(w.file), w.sha256);
        if (w.file.fs() != FS) throw new IllegalArgumentException("weights were trained at " + w.file.fs() + " Hz; the expert reads " + FS + " Hz");
        this.model = w.file.model();
        this.trainingData = ParameterFile.trainingData(w.file.provenance());
    }

    @Override
    public List<String> trainingData() { return trainingData; }

    /** The expert with weights read from {@code in} ({@code source} names it in errors). */
    public static DLinearExpert of(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        DLinearFile f = DLinearFile.read(new java.io.ByteArrayInputStream(bytes), source);
        try {
            return new DLinearExpert(new Loaded(f, Fingerprint.sha256Hex(bytes)));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /** What the expert reads: twelve leads, whole record, 100 Hz, the record's z-score (also the training input). */
    public static ExpertSpec inputSpec() {
        return wholeRecord(FS, FeatureNames.of(PREFIX, Out.values(), TWELVE, LeadOut.values()), Normalisation.RECORD_Z);
    }

    private static Map<String, String> parameters(DLinearFile f) {
        Map<String, String> m = new TreeMap<>();
        m.put("dlinear.seq_len", Integer.toString(f.model().seqLen()));
        m.put("dlinear.kernel", Integer.toString(f.model().kernel()));
        m.put("dlinear.lambda", Double.toString(f.lambda()));
        m.put("dlinear.gain_floor", Double.toString(GAIN_FLOOR));
        m.put("dlinear.window_step", Integer.toString(WINDOW_STEP));
        return m;
    }

    DLinearModel model() { return model; }

    @Override
    float[] compute(float[][] item) {
        int l = model.seqLen(), n = item[0].length;
        LeadOut[] keys = LeadOut.values();
        float[] out = new float[1 + item.length * keys.length];
        out[0] = Out.VALID.of(n > l ? 1 : 0);
        for (int c = 0; c < item.length; c++) {
            float[] x = item[c];
            double[] parts = n >= l ? pooledParts(x) : model.parts(frontPadded(x, l), l);
            double[] v = {parts[0] + parts[1], parts[0], parts[1], Double.NaN, Double.NaN};
            if (n > l) {
                double[] f = model.forecasts(x);
                double se = 0, sum = 0, sq = 0;
                for (int t = l; t < n; t++) {
                    double e = x[t] - f[t - l];
                    se += e * e;
                    sum += x[t];
                    sq += (double) x[t] * x[t];
                }
                int k = n - l;
                double mse = se / k, var = sq / k - (sum / k) * (sum / k);
                v[3] = Math.sqrt(mse);
                v[4] = 10 * Math.log10((Math.max(0, var) + GAIN_FLOOR) / (mse + GAIN_FLOOR));
            }
            for (int j = 0; j < keys.length; j++) out[1 + c * keys.length + j] = keys[j].of(v[j]);
        }
        return out;
    }

    /** Seasonal and trend outputs averaged over the windows ending at {@code l, l + step, ...} up to {@code n}. */
    private double[] pooledParts(float[] x) {
        int l = model.seqLen();
        double s = 0, t = 0;
        int k = 0;
        for (int end = l; end <= x.length; end += WINDOW_STEP, k++) {
            double[] p = model.parts(x, end);
            s += p[0];
            t += p[1];
        }
        return new double[] {s / k, t / k};
    }

    /** {@code x} preceded by copies of its first sample up to {@code length}. */
    private static float[] frontPadded(float[] x, int length) {
        float[] w = new float[length];
        int pad = length - x.length;
        java.util.Arrays.fill(w, 0, pad, x[0]);
        System.arraycopy(x, 0, w, pad, x.length);
        return w;
    }

    private record Loaded(DLinearFile file, String sha256) {}

    private static Loaded bundled() {
        try (InputStream in = DLinearExpert.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the class path lacks " + RESOURCE + " (org/enecg/expert/builtin): the build is broken");
            byte[] bytes = in.readAllBytes();
            return new Loaded(DLinearFile.read(new java.io.ByteArrayInputStream(bytes), RESOURCE), Fingerprint.sha256Hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every output name with its meaning and fill, for docs. */
    static List<String[]> describeOutputs() {
        List<String[]> out = new ArrayList<>();
        for (Out o : Out.values()) out.add(new String[] {PREFIX + "." + o.key(), o.meaning(), Double.toString(o.fill())});
        for (LeadOut o : LeadOut.values()) out.add(new String[] {PREFIX + ".<lead>." + o.key(), o.meaning(), Double.toString(o.fill())});
        return out;
    }
}
