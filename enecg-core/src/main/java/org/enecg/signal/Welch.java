package org.enecg.signal;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Power spectral density by Welch's method (Welch P.D., "The use of fast Fourier transform for the estimation of
 * power spectra", IEEE Trans. Audio Electroacoust. 15(2):70-73, 1967), as {@code scipy.signal.welch(x, fs,
 * window='hann', nperseg, noverlap=nperseg//2, detrend='constant', scaling='density')}: segments of
 * {@code nperseg} samples overlapping by half, each with its mean removed and a periodic Hann window applied; the
 * one-sided periodograms are averaged. A signal shorter than {@code nperseg} is one segment of its own length (as
 * scipy does, with a warning there).
 */
public final class Welch {

    private Welch() {}

    /**
     * The PSD of {@code x} (units squared per Hz) sampled at {@code fs}.
     *
     * @throws IllegalArgumentException if {@code x} is empty, {@code fs} is not positive or {@code nperseg < 1}
     */
    public static PowerSpectrum psd(float[] x, double fs, int nperseg) {
        if (x.length == 0) throw new IllegalArgumentException("cannot estimate the spectrum of an empty signal");
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        if (nperseg < 1) throw new IllegalArgumentException("nperseg must be at least 1, found " + nperseg);
        int m = Math.min(nperseg, x.length);
        int step = m - m / 2;
        int segments = (x.length - m / 2) / step;
        double[] window = hann(m);
        double winSq = 0;
        for (double w : window) winSq += w * w;
        int bins = m / 2 + 1;
        double[] sum = new double[bins];
        double[] buf = new double[m];
        DoubleFFT_1D fft = plan(m);
        for (int s = 0; s < segments; s++) {
            int from = s * step;
            double mean = 0;
            for (int i = 0; i < m; i++) mean += x[from + i];
            mean /= m;
            for (int i = 0; i < m; i++) buf[i] = (x[from + i] - mean) * window[i];
            if (m > 1) fft.realForward(buf);
            addPower(buf, m, sum);
        }
        double scale = 1.0 / (fs * winSq * segments);
        double[] density = new double[bins];
        double[] freqs = new double[bins];
        for (int k = 0; k < bins; k++) {
            boolean edge = k == 0 || (m % 2 == 0 && k == m / 2);
            density[k] = sum[k] * scale * (edge ? 1 : 2);
            freqs[k] = k * fs / m;
        }
        return new PowerSpectrum(freqs, density);
    }

    /** FFT plans by length, one set per thread (a plan costs about as much as a transform to build). */
    private static final ThreadLocal<java.util.Map<Integer, DoubleFFT_1D>> PLANS =
            ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override protected boolean removeEldestEntry(java.util.Map.Entry<Integer, DoubleFFT_1D> e) { return size() > 4; }
            });

    private static DoubleFFT_1D plan(int m) { return PLANS.get().computeIfAbsent(m, DoubleFFT_1D::new); }

    /** Adds |X_k|^2 of JTransforms' packed real-forward output to {@code sum}. */
    private static void addPower(double[] a, int m, double[] sum) {
        sum[0] += a[0] * a[0];
        if (m % 2 == 0) {
            if (m > 1) sum[m / 2] += a[1] * a[1];
            for (int k = 1; k < m / 2; k++) sum[k] += a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
        } else {
            for (int k = 1; k < (m - 1) / 2; k++) sum[k] += a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
            if (m > 1) {
                int k = (m - 1) / 2;
                sum[k] += a[2 * k] * a[2 * k] + a[1] * a[1];
            }
        }
    }

    /** The periodic Hann window of scipy's {@code get_window('hann', m)}. */
    static double[] hann(int m) {
        double[] w = new double[m];
        if (m == 1) {
            w[0] = 1;
            return w;
        }
        for (int i = 0; i < m; i++) w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / m);
        return w;
    }
}
