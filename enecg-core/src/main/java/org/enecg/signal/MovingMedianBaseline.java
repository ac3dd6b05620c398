package org.enecg.signal;

import java.util.Arrays;

/**
 * Baseline removal by subtracting a moving median, the preprocessing some pretrained ECG models were trained
 * with ({@code x - scipy.ndimage.median_filter(x, size=2*fs+1)}, i.e. a two-second window). A median follows
 * the baseline through QRS complexes without the ringing of a linear filter, at the cost of being non-linear.
 *
 * <p>The edges use scipy.ndimage's {@code reflect} mode (the edge sample repeated: {@code d c b a | a b c d |
 * d c b a}), so results match scipy exactly (a median is one of the input values).
 *
 * @param windowSeconds window length in seconds; the window is the odd number of samples
 *                      {@code 2 * round(windowSeconds * fs / 2) + 1} (1001 at 500 Hz for the default 2 s)
 */
public record MovingMedianBaseline(double windowSeconds) {

    public MovingMedianBaseline {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds must be positive, found " + windowSeconds);
        }
    }

    /** Two seconds ({@code size = 2 * fs + 1}). */
    public static MovingMedianBaseline defaults() { return new MovingMedianBaseline(2.0); }

    /** Window length in samples at sampling rate {@code fs}: always odd. */
    public int windowSamples(double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        return 2 * (int) Math.round(windowSeconds * fs / 2) + 1;
    }

    /** The baseline: the moving median of {@code x}. */
    public float[] baseline(float[] x, double fs) { return medianFilter(x, windowSamples(fs)); }

    /** A new array: {@code x} minus its moving median. */
    public float[] apply(float[] x, double fs) {
        float[] m = baseline(x, fs);
        for (int i = 0; i < x.length; i++) m[i] = x[i] - m[i];
        return m;
    }

    /**
     * {@code scipy.ndimage.median_filter(x, size=size, mode="reflect")} for an odd {@code size}: a sorted copy of
     * the window is kept and updated by one removal and one insertion per sample.
     *
     * @throws IllegalArgumentException if {@code size} is not a positive odd number or a sample is NaN or infinite
     */
    public static float[] medianFilter(float[] x, int size) {
        if (size < 1 || size % 2 == 0) throw new IllegalArgumentException("median window must be a positive odd number of samples, found " + size);
        int n = x.length;
        float[] out = new float[n];
        if (n == 0) return out;
        // +0f turns -0 into 0, so the plain comparisons below and Arrays.binarySearch agree on the order.
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(x[i])) throw new IllegalArgumentException("median filter needs finite samples, found " + x[i] + " at " + i);
            v[i] = x[i] + 0f;
        }
        int half = size / 2;
        float[] win = new float[size];
        for (int j = 0; j < size; j++) win[j] = v[reflect(j - half, n)];
        Arrays.sort(win);
        out[0] = win[half];
        for (int i = 1; i < n; i++) {
            float leaving = v[reflect(i - 1 - half, n)];
            float entering = v[reflect(i + half, n)];
            replace(win, leaving, entering);
            out[i] = win[half];
        }
        return out;
    }

    /** Replaces one occurrence of {@code old} in sorted {@code a} by {@code v}, keeping it sorted. */
    private static void replace(float[] a, float old, float v) {
        int p = Arrays.binarySearch(a, old);
        if (v > old) {
            int q = lowerBound(a, p + 1, a.length, v) - 1; // last index whose value is below v
            System.arraycopy(a, p + 1, a, p, q - p);
            a[q] = v;
        } else if (v < old) {
            int q = lowerBound(a, 0, p, v);
            System.arraycopy(a, q, a, q + 1, p - q);
            a[q] = v;
        }
    }

    /** First index in {@code [from, to)} whose value is not below {@code v}. */
    private static int lowerBound(float[] a, int from, int to, float v) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** scipy.ndimage "reflect": index -1 maps to 0, n to n-1, with period 2n. */
    private static int reflect(int i, int n) {
        int period = 2 * n;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - 1 - m;
    }
}
