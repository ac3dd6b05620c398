package org.enecg.expert.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The MiniRocket transform (Dempster A., Schmidt D.F., Webb G.I., "MiniRocket: A Very Fast (Almost) Deterministic
 * Transform for Time Series Classification", KDD 2021), multivariate as in the authors' {@code
 * minirocket_multivariate.py}: the 84 kernels of length 9 with six weights -1 and three weights 2 (every choice of
 * three positions out of nine), each at a set of dilations exponentially spaced up to the input length, each
 * kernel-dilation pair applied to the sum of a random subset of 1 to 9 channels (zero padding), and each output
 * summarised as the proportion of positive values (PPV) of {@code C - bias} for one or more biases. Pairs alternate
 * between the whole output and its unpadded middle, as in the reference.
 *
 * <p>Frozen: the structure (dilations, channel subsets) comes from a seed and the biases from a one-off fit
 * ({@link #fitBiases}), both kept in a parameter file ({@link MiniRocketFile}), so a transform is a pure function of
 * the input. Features are ordered dilation by dilation, kernel by kernel, bias by bias, as in the reference.
 */
public final class MiniRocket {

    /** Kernel length and number of kernels of the paper. */
    public static final int KERNEL_LENGTH = 9, KERNELS = 84;
    /** Positions of the three weights 2 of each kernel, in the order of {@code itertools.combinations(range(9), 3)}. */
    static final int[][] KERNEL_INDICES = combinations();
    /** The low-discrepancy quantile step of the reference: the golden ratio. */
    private static final double PHI = (Math.sqrt(5) + 1) / 2;

    /**
     * The fixed part of a transform: input shape, dilations, features per dilation, and the channels each
     * kernel-dilation pair reads ({@code channelsPerCombination[i]} entries of {@code channelIndices}, in order).
     */
    public record Structure(int channels, int inputLength, int[] dilations, int[] featuresPerDilation,
                            int[] channelsPerCombination, int[] channelIndices) {

        public Structure {
            dilations = dilations.clone();
            featuresPerDilation = featuresPerDilation.clone();
            channelsPerCombination = channelsPerCombination.clone();
            channelIndices = channelIndices.clone();
            if (channels < 1) throw new IllegalArgumentException("channels must be at least 1, found " + channels);
            if (inputLength < KERNEL_LENGTH) {
                throw new IllegalArgumentException("input length must be at least " + KERNEL_LENGTH + ", found " + inputLength);
            }
            if (dilations.length != featuresPerDilation.length || dilations.length == 0) {
                throw new IllegalArgumentException(dilations.length + " dilations but " + featuresPerDilation.length + " feature counts");
            }
            if (channelsPerCombination.length != dilations.length * KERNELS) {
                throw new IllegalArgumentException("need " + dilations.length * KERNELS + " channel counts, found " + channelsPerCombination.length);
            }
            int total = 0;
            for (int c : channelsPerCombination) {
                if (c < 1 || c > channels) throw new IllegalArgumentException("channels per combination must be 1.." + channels + ", found " + c);
                total += c;
            }
            if (total != channelIndices.length) throw new IllegalArgumentException("need " + total + " channel indices, found " + channelIndices.length);
            for (int c : channelIndices) if (c < 0 || c >= channels) throw new IllegalArgumentException("channel index " + c + " outside 0.." + (channels - 1));
        }

        /** Number of features: 84 times the features of one kernel over all dilations. */
        public int features() {
            int s = 0;
            for (int f : featuresPerDilation) s += f;
            return KERNELS * s;
        }

        @Override public int[] dilations() { return dilations.clone(); }
        @Override public int[] featuresPerDilation() { return featuresPerDilation.clone(); }
        @Override public int[] channelsPerCombination() { return channelsPerCombination.clone(); }
        @Override public int[] channelIndices() { return channelIndices.clone(); }
    }

    private final Structure structure;
    private final float[] biases;
    private final int[] comboStart;

    /** A transform with this structure and one bias per feature. */
    public MiniRocket(Structure structure, float[] biases) {
        if (biases.length != structure.features()) {
            throw new IllegalArgumentException("structure has " + structure.features() + " features but " + biases.length + " biases");
        }
        for (float b : biases) if (!Float.isFinite(b)) throw new IllegalArgumentException("biases must be finite, found " + b);
        this.structure = structure;
        this.biases = biases.clone();
        int[] cpc = structure.channelsPerCombination;
        this.comboStart = new int[cpc.length + 1];
        for (int i = 0; i < cpc.length; i++) comboStart[i + 1] = comboStart[i] + cpc[i];
    }

    public Structure structure() { return structure; }

    public float[] biases() { return biases.clone(); }

    public int features() { return biases.length; }

    /**
     * The structure of the reference {@code fit}: dilations from {@link #dilations}, then for each kernel-dilation pair
     * {@code floor(2^u)} channels with u uniform in [0, log2(min(channels, 9) + 1)), drawn without replacement.
     */
    public static Structure structure(int channels, int inputLength, int features, int maxDilationsPerKernel, long seed) {
        int[][] d = dilations(inputLength, features, maxDilationsPerKernel);
        Random rng = new Random(seed);
        int combos = d[0].length * KERNELS;
        double maxExponent = Math.log(Math.min(channels, 9) + 1) / Math.log(2);
        int[] perCombo = new int[combos];
        List<Integer> indices = new ArrayList<>();
        int[] pool = new int[channels];
        for (int i = 0; i < combos; i++) {
            perCombo[i] = Math.min(channels, (int) Math.pow(2, rng.nextDouble() * maxExponent));
            for (int c = 0; c < channels; c++) pool[c] = c;
            for (int k = 0; k < perCombo[i]; k++) { // partial Fisher-Yates: k distinct channels
                int j = k + rng.nextInt(channels - k);
                int t = pool[k];
                pool[k] = pool[j];
                pool[j] = t;
                indices.add(pool[k]);
            }
        }
        return new Structure(channels, inputLength, d[0], d[1], perCombo, indices.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The reference's {@code _fit_dilations}: {@code features / 84} features per kernel, spread over up to
     * {@code maxDilationsPerKernel} dilations {@code floor(2^e)} with e evenly spaced from 0 to
     * {@code log2((inputLength - 1) / 8)}; repeated dilations merge and carry more features.
     *
     * @return {dilations, features per dilation}
     */
    public static int[][] dilations(int inputLength, int features, int maxDilationsPerKernel) {
        int perKernel = features / KERNELS;
        if (perKernel < 1) throw new IllegalArgumentException("need at least " + KERNELS + " features, found " + features);
        if (maxDilationsPerKernel < 1) throw new IllegalArgumentException("maxDilationsPerKernel must be at least 1, found " + maxDilationsPerKernel);
        int k = Math.min(perKernel, maxDilationsPerKernel);
        double multiplier = perKernel / (double) k;
        double maxExponent = Math.log((inputLength - 1) / (double) (KERNEL_LENGTH - 1)) / Math.log(2);
        int[] raw = new int[k];
        double step = k > 1 ? maxExponent / (k - 1) : 0;
        for (int i = 0; i < k; i++) raw[i] = (int) Math.pow(2, i == k - 1 && k > 1 ? maxExponent : i * step);
        int[] uniq = Arrays.stream(raw).distinct().sorted().toArray();
        int[] counts = new int[uniq.length];
        for (int r : raw) counts[Arrays.binarySearch(uniq, r)]++;
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (int) (counts[i] * multiplier);
            sum += counts[i];
        }
        for (int i = 0, remainder = perKernel - sum; remainder > 0; remainder--, i = (i + 1) % counts.length) counts[i]++;
        return new int[][] {uniq, counts};
    }

    /** The reference's quantiles: {@code (i * golden ratio) mod 1} for i = 1..n, as float32. */
    public static float[] quantiles(int n) {
        float[] q = new float[n];
        for (int i = 1; i <= n; i++) q[i - 1] = (float) ((i * PHI) % 1.0);
        return q;
    }

    /**
     * The reference's {@code _fit_biases}: for each kernel-dilation pair, the convolution output (whole, zero-padded)
     * on example {@code examplePerCombination[pair]} and, as biases, its quantiles ({@code numpy.quantile}, linear) at
     * {@link #quantiles}.
     */
    public static float[] fitBiases(Structure s, List<float[][]> examples, int[] examplePerCombination) {
        int combos = s.channelsPerCombination.length;
        if (examplePerCombination.length != combos) {
            throw new IllegalArgumentException("need one example per combination (" + combos + "), found " + examplePerCombination.length);
        }
        float[] q = quantiles(s.features());
        float[] biases = new float[s.features()];
        MiniRocket shape = new MiniRocket(s, new float[s.features()]);
        int f = 0, combo = 0;
        for (int di = 0; di < s.dilations.length; di++) {
            for (int k = 0; k < KERNELS; k++, combo++) {
                Workspace w = shape.new Workspace(examples.get(examplePerCombination[combo]));
                w.dilation(di);
                float[] c = w.output(k, combo);
                double[] sorted = new double[c.length];
                for (int t = 0; t < c.length; t++) sorted[t] = c[t];
                Arrays.sort(sorted);
                for (int j = 0; j < s.featuresPerDilation[di]; j++, f++) biases[f] = (float) quantile(sorted, q[f]);
            }
        }
        return biases;
    }

    /** Example indices for {@link #fitBiases}: one uniform draw from {@code examples} per pair, from {@code seed}. */
    public static int[] drawExamples(Structure s, int examples, long seed) {
        Random rng = new Random(seed);
        int[] out = new int[s.channelsPerCombination.length];
        for (int i = 0; i < out.length; i++) out[i] = rng.nextInt(examples);
        return out;
    }

    /** The features of one input, {@code [channels][inputLength]}: PPV in [0, 1]. */
    public float[] transform(float[][] x) {
        Structure s = structure;
        int n = s.inputLength;
        float[] out = new float[biases.length];
        Workspace w = new Workspace(x);
        int f = 0, combo = 0;
        for (int di = 0; di < s.dilations.length; di++) {
            int pad = (KERNEL_LENGTH - 1) * s.dilations[di] / 2;
            w.dilation(di);
            for (int k = 0; k < KERNELS; k++, combo++) {
                float[] c = w.output(k, combo);
                // Alternate pairs read the whole output or its unpadded middle (the whole one if the middle is empty).
                boolean middle = (di % 2 + k) % 2 == 1 && n - 2 * pad > 0;
                int from = middle ? pad : 0, to = middle ? n - pad : n;
                for (int j = 0; j < s.featuresPerDilation[di]; j++, f++) out[f] = ppv(c, from, to, biases[f]);
            }
        }
        return out;
    }

    /**
     * The convolutions of one input. The kernels are linear and shared by the channels of a pair, so the output on the
     * sum of a pair's channels is the sum of the channels' outputs. Per dilation, each channel's sum of the nine taps
     * (the weights -1 everywhere) is computed once, when first needed, and shared by the 84 kernels; a kernel then
     * adds, for each of its channels, three times its three taps (weight -1 + 3 = 2) minus that sum: one pass per
     * channel over zero-padded copies, loops the JIT vectorises. Float arithmetic, as the reference.
     */
    private final class Workspace {
        private final int n, margin;
        private final float[][] padded, tapSum;
        private final boolean[] ready;
        private final float[] c;
        private int d, base;

        Workspace(float[][] x) {
            check(x);
            n = structure.inputLength;
            margin = (KERNEL_LENGTH - 1) / 2 * maxDilation(structure);
            padded = new float[x.length][n + 2 * margin];
            for (int ch = 0; ch < x.length; ch++) System.arraycopy(x[ch], 0, padded[ch], margin, n);
            tapSum = new float[x.length][n];
            ready = new boolean[x.length];
            c = new float[n];
        }

        /** Switches to dilation index {@code di}. */
        void dilation(int di) {
            d = structure.dilations[di];
            base = margin - (KERNEL_LENGTH - 1) / 2 * d;
            Arrays.fill(ready, false);
        }

        /** Output of kernel {@code k} on the pair {@code combo} at the current dilation (a shared buffer). */
        float[] output(int k, int combo) {
            int[] ch = structure.channelIndices;
            int[] two = KERNEL_INDICES[k];
            int o0 = base + two[0] * d, o1 = base + two[1] * d, o2 = base + two[2] * d;
            for (int i = comboStart[combo]; i < comboStart[combo + 1]; i++) {
                int channel = ch[i];
                float[] s = tapSum(channel), xp = padded[channel];
                if (i == comboStart[combo]) {
                    for (int t = 0; t < n; t++) c[t] = 3f * (xp[o0 + t] + xp[o1 + t] + xp[o2 + t]) - s[t];
                } else {
                    for (int t = 0; t < n; t++) c[t] += 3f * (xp[o0 + t] + xp[o1 + t] + xp[o2 + t]) - s[t];
                }
            }
            return c;
        }

        private float[] tapSum(int channel) {
            float[] s = tapSum[channel];
            if (!ready[channel]) {
                float[] xp = padded[channel];
                Arrays.fill(s, 0f);
                for (int j = 0; j < KERNEL_LENGTH; j++) {
                    int off = base + j * d;
                    for (int t = 0; t < n; t++) s[t] += xp[off + t];
                }
                ready[channel] = true;
            }
            return s;
        }
    }

    /**
     * The share of {@code c[from, to)} above {@code b}. Branch-free: the sign bit of {@code b - c[t]} is 1 exactly when
     * {@code c[t] > b} (the difference of two distinct finite floats is never rounded to 0), which avoids a mispredicted
     * branch on every other sample.
     */
    static float ppv(float[] c, int from, int to, float b) {
        int pos = 0;
        for (int t = from; t < to; t++) pos += Float.floatToRawIntBits(b - c[t]) >>> 31;
        return pos / (float) (to - from);
    }

    private static int maxDilation(Structure s) {
        int m = 1;
        for (int d : s.dilations) m = Math.max(m, d);
        return m;
    }

    private void check(float[][] x) {
        if (x.length != structure.channels) throw new IllegalArgumentException("expected " + structure.channels + " channels, found " + x.length);
        for (float[] xc : x) {
            if (xc.length != structure.inputLength) {
                throw new IllegalArgumentException("expected " + structure.inputLength + " samples per channel, found " + xc.length);
            }
        }
    }

    /** {@code numpy.quantile(v, q)} (linear interpolation) of sorted {@code v}. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int[][] combinations() {
        int[][] out = new int[KERNELS][];
        int i = 0;
        for (int a = 0; a < 9; a++) for (int b = a + 1; b < 9; b++) for (int c = b + 1; c < 9; c++) out[i++] = new int[] {a, b, c};
        return out;
    }
}
