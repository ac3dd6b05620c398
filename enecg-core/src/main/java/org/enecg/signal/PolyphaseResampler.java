package org.enecg.signal;

/**
 * Anti-aliased rational resampling, equivalent to {@code scipy.signal.resample_poly(x, up, down)} with its
 * defaults: upsample by {@code up}, low-pass with a Kaiser-windowed sinc (beta 5, {@code 20 max(up, down) + 1}
 * taps, cut-off at the lower of the two Nyquist frequencies), downsample by {@code down}, zeros beyond the ends.
 * Computed as a polyphase filter: each output sample needs only about {@code 20 max(up, down) / up} products.
 *
 * <p>Unlike {@link FftResampler} it does not treat the signal as periodic (no ringing from the ends meeting)
 * and it suppresses everything above the new Nyquist frequency by more than 50 dB (from 1.2 times that
 * frequency; the pass band, to 0.8 times it, is flat within 0.02 dB), so it is the better choice for large
 * down-sampling ratios. Kaiser J.F., "Nonrecursive digital filter design using the I0-sinh window function",
 * Proc. IEEE ISCAS (1974); Crochiere R.E., Rabiner L.R., "Multirate Digital Signal Processing" (1983).
 */
public final class PolyphaseResampler {

    /** Kaiser window beta of scipy's default {@code window=("kaiser", 5.0)}. */
    static final double KAISER_BETA = 5.0;

    private static final ThreadLocal<java.util.Map<Long, double[]>> FILTERS = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(java.util.Map.Entry<Long, double[]> e) { return size() > 8; }
            });

    private PolyphaseResampler() {}

    /** The filter for reduced factors, designed once per thread for the last few ratios (read only). */
    private static double[] filter(int up, int down) {
        return FILTERS.get().computeIfAbsent(((long) up << 32) | down, k -> lowPass(up, down));
    }

    /** Resamples {@code x} to exactly {@code num} samples (ratio {@code num / x.length}, reduced). */
    public static float[] resample(float[] x, int num) {
        if (x.length == 0) throw new IllegalArgumentException("cannot resample an empty signal");
        if (num <= 0) throw new IllegalArgumentException("target length must be positive, found " + num);
        return resample(x, num, x.length);
    }

    /**
     * Resamples by the rational factor {@code up / down}; the result has {@code ceil(n * up / down)} samples.
     *
     * @throws IllegalArgumentException if {@code x} is empty or a factor is not positive
     */
    public static float[] resample(float[] x, int up, int down) {
        if (x.length == 0) throw new IllegalArgumentException("cannot resample an empty signal");
        if (up <= 0 || down <= 0) throw new IllegalArgumentException("up and down must be positive, found " + up + " and " + down);
        int g = gcd(up, down);
        up /= g;
        down /= g;
        if (up == 1 && down == 1) return x.clone();
        int n = x.length;
        long outLen = ((long) n * up + down - 1) / down;
        if (outLen > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("resampled signal would have " + outLen + " samples");
        int maxRate = Math.max(up, down);
        int halfLen = 10 * maxRate;
        double[] h = filter(up, down);
        // Zeros in front of the filter put output samples at its centre (scipy's n_pre_pad / n_pre_remove).
        int prePad = down - halfLen % down;
        int preRemove = (halfLen + prePad) / down;
        int hLen = h.length + prePad;
        float[] y = new float[(int) outLen];
        for (int i = 0; i < y.length; i++) {
            long t = (long) (preRemove + i) * down; // index in the upsampled, filtered sequence
            // x[j] contributes through tap t - j*up - prePad of h, which must lie in [0, h.length).
            int jMin = (int) Math.max(0, ceilDiv(t - hLen + 1, up));
            int jMax = (int) Math.min(n - 1, Math.floorDiv(t - prePad, (long) up));
            if (jMax < jMin) continue;
            int tap = (int) (t - (long) jMin * up - prePad);
            double acc = 0;
            for (int j = jMin; j <= jMax; j++, tap -= up) acc += x[j] * h[tap];
            y[i] = (float) acc;
        }
        return y;
    }

    /**
     * The anti-aliasing filter, scaled by {@code up} (so its DC gain is {@code up}): scipy's {@code firwin(20 *
     * max(up, down) + 1, 1 / max(up, down), window=("kaiser", 5.0)) * up}. Factors must already be reduced.
     */
    static double[] lowPass(int up, int down) {
        int maxRate = Math.max(up, down);
        int taps = 20 * maxRate + 1;
        double fc = 1.0 / maxRate;
        double alpha = 0.5 * (taps - 1);
        double[] h = new double[taps];
        double i0Beta = besselI0(KAISER_BETA), sum = 0;
        for (int k = 0; k < taps; k++) {
            double m = k - alpha;
            double r = 2 * k / (double) (taps - 1) - 1;
            double w = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            h[k] = fc * sinc(fc * m) * w;
            sum += h[k];
        }
        for (int k = 0; k < taps; k++) h[k] = h[k] / sum * up;
        return h;
    }

    private static double sinc(double v) {
        if (v == 0) return 1;
        double p = Math.PI * v;
        return Math.sin(p) / p;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (fine for the small arguments of a window). */
    static double besselI0(double v) {
        double term = 1, sum = 1, q = v * v / 4;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }

    private static long ceilDiv(long a, long b) { return -Math.floorDiv(-a, b); }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
