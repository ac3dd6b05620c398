package org.enecg.signal;

import java.util.Arrays;

/**
 * Moving median over an odd window, with the signal mirrored at its ends as {@code scipy.ndimage.median_filter(x,
 * size, mode='reflect')} does ({@code d c b a | a b c d | d c b a}: the edge sample is repeated). Subtracting it
 * removes baseline wander while keeping the QRS complexes, which are narrower than half the window (the
 * baseline step of ExChanGeAI's PTB-XL model: window {@code 2 fs + 1}).
 *
 * <p>A sorted copy of the window is kept and updated by one removal and one insertion per sample: O(n w) time with
 * a small constant, no allocation per sample.
 */
public final class MovingMedian {

    private MovingMedian() {}

    /**
     * The moving median of {@code x} over {@code window} samples centred on each sample.
     *
     * @throws IllegalArgumentException if {@code window} is not a positive odd number
     */
    public static float[] median(float[] x, int window) {
        if (window <= 0 || window % 2 == 0) {
            throw new IllegalArgumentException("moving median window must be a positive odd number of samples, found " + window);
        }
        int n = x.length;
        float[] out = new float[n];
        if (n == 0) return out;
        int h = window / 2;
        float[] sorted = new float[window];
        for (int j = -h; j <= h; j++) sorted[j + h] = x[reflect(j, n)];
        Arrays.sort(sorted);
        out[0] = sorted[h];
        for (int i = 1; i < n; i++) {
            float leaving = x[reflect(i - 1 - h, n)];
            float entering = x[reflect(i + h, n)];
            replace(sorted, leaving, entering);
            out[i] = sorted[h];
        }
        return out;
    }

    /** {@code x} minus its moving median: the signal with its baseline removed. */
    public static float[] removeBaseline(float[] x, int window) {
        float[] med = median(x, window);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] - med[i];
        return out;
    }

    /** Index {@code j} mirrored into {@code [0, n)} with the edge sample repeated (period 2n). */
    static int reflect(int j, int n) {
        int p = 2 * n;
        int k = j % p;
        if (k < 0) k += p;
        return k < n ? k : p - 1 - k;
    }

    /** Removes one occurrence of {@code out} from the sorted array and inserts {@code in}, keeping it sorted. */
    private static void replace(float[] sorted, float out, float in) {
        int at = indexOf(sorted, out);
        int len = sorted.length;
        // Shift the gap towards where 'in' belongs, then drop it there.
        if (at < len - 1 && compare(in, sorted[at + 1]) > 0) {
            int i = at;
            while (i < len - 1 && compare(sorted[i + 1], in) < 0) {
                sorted[i] = sorted[i + 1];
                i++;
            }
            sorted[i] = in;
        } else {
            int i = at;
            while (i > 0 && compare(sorted[i - 1], in) > 0) {
                sorted[i] = sorted[i - 1];
                i--;
            }
            sorted[i] = in;
        }
    }

    private static int indexOf(float[] sorted, float v) {
        int lo = 0, hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(sorted[mid], v);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        throw new IllegalStateException("moving median window lost a value"); // cannot happen: v was inserted before
    }

    /** Total order of floats as Arrays.sort uses it (NaN last, -0 before +0). */
    private static int compare(float a, float b) { return Float.compare(a, b); }
}
