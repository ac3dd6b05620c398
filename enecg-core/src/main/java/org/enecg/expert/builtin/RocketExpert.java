package org.enecg.expert.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fingerprint;
import org.enecg.expert.LeadLayout;
import org.enecg.expert.MissingLead;
import org.enecg.expert.Normalisation;
import org.enecg.expert.Pad;
import org.enecg.expert.Pooling;

/**
 * Random-convolutional-kernel expert: a frozen multivariate {@link MiniRocket} over the twelve leads, a strong general
 * time-series feature extractor that knows nothing about ECGs, beside the physiology-driven experts.
 *
 * <p>Input: the twelve standard leads at 100 Hz (the rate of PTB-XL's MiniRocket benchmarks; QRS energy is below 40
 * Hz), in mV, cut into 10-s windows (1000 samples; a record shorter than one window is repeated from its start to fill
 * it), features averaged over windows. Output: {@value #FEATURES} PPV features in [0, 1], {@code rocket.0} ..
 * {@code rocket.1007}, in the reference's order (dilation, kernel, bias).
 *
 * <p>Why frozen biases: MiniRocket draws each bias from the quantiles of the convolution output of a training example.
 * Taking them from the record being transformed instead is degenerate (the PPV of an output above its own q-quantile
 * is 1 - q for every record), so the biases come from a one-off fit on the bundled ECGs (seed {@value #SEED}: channel
 * subsets and example draws), shipped as {@code minirocket.json} with how it was made, and refitted with
 * {@code enecg rocket-fit}. The fit uses no labels. The fingerprint covers the file's SHA-256.
 *
 * <p>Feature count: 1008 = 84 kernels x 12 per kernel (11 distinct dilations 1..124 at 1000 samples, the smallest
 * carrying two biases). The EnECG heads start with Linear(d_in, 256): 1008 inputs cost 258k weights per head,
 * against the reference default of 9,996 features (2.6M), on a dataset of a few hundred records.
 */
public final class RocketExpert extends FeatureExpert {

    static final String VERSION = "1";
    static final String PREFIX = "rocket";
    public static final double FS = 100;
    public static final int SAMPLES = 1000;
    public static final int FEATURES = 1008;
    public static final int MAX_DILATIONS_PER_KERNEL = 32;
    public static final long SEED = 42;
    /** The bundled parameter file, on the class path beside this class. */
    public static final String RESOURCE = "minirocket.json";

    private final MiniRocket rocket;
    /** The databases the biases were fitted on (from the file's provenance). */
    private final List<String> trainingData;

    /** The expert with the bundled parameters. */
    public RocketExpert() { this(bundled()); }

    private RocketExpert(Loaded p) {
        super(PREFIX, VERSION, inputSpec(p.file.rocket().features()), parameters(p.file), p.sha256);
        this.rocket = p.file.rocket();
        this.trainingData = ParameterFile.trainingData(p.file.provenance());
        MiniRocket.Structure s = rocket.structure();
        if (s.channels() != TWELVE.size() || s.inputLength() != SAMPLES) {
            throw new IllegalArgumentException(RESOURCE + ": parameters are for " + s.channels() + " channels x " + s.inputLength()
                    + " samples; the expert reads " + TWELVE.size() + " x " + SAMPLES);
        }
    }

    /** The expert with parameters read from {@code in} ({@code source} names it in errors). */
    public static RocketExpert of(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        MiniRocketFile f = MiniRocketFile.read(new java.io.ByteArrayInputStream(bytes), source);
        try {
            return new RocketExpert(new Loaded(f, Fingerprint.sha256Hex(bytes)));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /** What the expert reads: twelve leads at 100 Hz in 10-s windows, repeated to fill a short record, mV. */
    public static ExpertSpec inputSpec(int features) {
        return ExpertSpec.builder(TWELVE, ExpertSpec.numberedOutputs(PREFIX, features)).windows(FS, SAMPLES)
                .layout(LeadLayout.TOGETHER).pad(Pad.REPEAT).normalisation(Normalisation.NONE).missingLead(MissingLead.ZERO)
                .pooling(Pooling.MEAN).build();
    }

    private static Map<String, String> parameters(MiniRocketFile f) {
        Map<String, String> m = new TreeMap<>();
        m.put("rocket.seed", Long.toString(f.seed()));
        m.put("rocket.features", Integer.toString(f.rocket().features()));
        m.put("rocket.max_dilations_per_kernel", Integer.toString(f.maxDilationsPerKernel()));
        return m;
    }

    @Override
    public List<String> trainingData() { return trainingData; }

    @Override
    float[] compute(float[][] item) { return rocket.transform(item); }

    /** The transform, for tests and the fit command. */
    MiniRocket rocket() { return rocket; }

    private record Loaded(MiniRocketFile file, String sha256) {}

    private static Loaded bundled() {
        try (InputStream in = RocketExpert.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the class path lacks " + RESOURCE + " (org/enecg/expert/builtin): the build is broken");
            byte[] bytes = in.readAllBytes();
            return new Loaded(MiniRocketFile.read(new java.io.ByteArrayInputStream(bytes), RESOURCE), Fingerprint.sha256Hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every output name pattern with its meaning, for docs. */
    static List<String[]> describeOutputs() {
        return List.<String[]>of(new String[] {PREFIX + ".0 .. " + PREFIX + "." + (FEATURES - 1),
                "proportion of positive values of one kernel-dilation-channel-subset output minus its bias", "(always computed)"});
    }
}
