package org.enecg.signal;

import java.util.Arrays;

/** Small array helpers shared by the detectors: centred moving averages, percentiles, peak picking. Package-private. */
final class Windows {

    private Windows() {}

    /** Odd window length closest to {@code seconds * fs}, at least 1. */
    static int oddSamples(double seconds, double fs) {
        int w = (int) Math.round(seconds * fs);
        if (w % 2 == 0) w++;
        return Math.max(1, w);
    }

    /** Centred moving average of odd length {@code w}; near the ends the mean of the samples available. */
    static double[] movingAverage(double[] x, int w) {
        int n = x.length, h = w / 2;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + x[i];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - h), b = Math.min(n, i + h + 1);
            y[i] = (prefix[b] - prefix[a]) / (b - a);
        }
        return y;
    }

    /** The {@code q}-quantile (0..1) of {@code x}, nearest rank, found by selection on a copy (linear time). */
    static double quantile(double[] x, double q) {
        if (x.length == 0) return 0;
        double[] s = x.clone();
        int k = Math.max(0, Math.min(s.length - 1, (int) Math.round(q * (s.length - 1))));
        return select(s, k);
    }

    /** The k-th smallest value of {@code a} (reordered in place): Hoare's quickselect with median-of-three pivots. */
    static double select(double[] a, int k) {
        int lo = 0, hi = a.length - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            double pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) swap(a, i++, j--);
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /**
     * Local maxima of {@code x} no closer than {@code distance} samples, the higher one winning (as
     * {@code scipy.signal.find_peaks(x, distance=...)}); a plateau counts once, at its first sample. Sorted.
     */
    static int[] peaks(double[] x, int distance) {
        int n = x.length;
        int[] cand = new int[n];
        int k = 0;
        for (int i = 1; i < n - 1; i++) {
            if (x[i] > x[i - 1]) {
                int j = i;
                while (j + 1 < n && x[j + 1] == x[i]) j++;
                if (j + 1 < n && x[j + 1] < x[i]) cand[k++] = i;
                i = j;
            }
        }
        cand = Arrays.copyOf(cand, k);
        if (distance <= 1 || k < 2) return cand;
        Integer[] byHeight = new Integer[k];
        for (int i = 0; i < k; i++) byHeight[i] = i;
        final int[] c = cand;
        Arrays.sort(byHeight, (a, b) -> a.equals(b) ? 0 : x[c[a]] != x[c[b]] ? Double.compare(x[c[b]], x[c[a]]) : Integer.compare(a, b));
        boolean[] removed = new boolean[k];
        for (int r = 0; r < k; r++) {
            int i = byHeight[r];
            if (removed[i]) continue;
            for (int j = i - 1; j >= 0 && c[i] - c[j] < distance; j--) removed[j] = true;
            for (int j = i + 1; j < k && c[j] - c[i] < distance; j++) removed[j] = true;
        }
        int m = 0;
        int[] out = new int[k];
        for (int i = 0; i < k; i++) if (!removed[i]) out[m++] = c[i];
        return Arrays.copyOf(out, m);
    }
}
