package org.enecg.signal;

import java.util.Arrays;

/**
 * An IIR filter as a cascade of second-order sections ("biquads"), each {@code b0 b1 b2 1 a1 a2} as in
 * {@code scipy.signal} (transposed direct form II, {@code a0} normalised to 1). Immutable.
 *
 * <p>{@link #filtfilt} is {@code scipy.signal.sosfiltfilt(sos, x)} with its defaults: odd extension of
 * {@code 3 * ntaps} samples at each end, each pass started in the filter's steady state for the first sample
 * ({@code sosfilt_zi}), forward then backward, so the result has zero phase and the squared magnitude.
 * The result does not depend on how poles and zeros are grouped into sections, so any correct design of the
 * same transfer function gives scipy's output up to rounding.
 */
public final class SosFilter {

    /** One row per section: b0, b1, b2, a0 (=1), a1, a2. */
    private final double[][] sos;

    SosFilter(double[][] sections) {
        if (sections.length == 0) throw new IllegalArgumentException("a filter needs at least one section");
        sos = new double[sections.length][];
        for (int i = 0; i < sections.length; i++) {
            double[] s = sections[i];
            if (s.length != 6) throw new IllegalArgumentException("section " + i + " must have 6 coefficients, found " + s.length);
            if (s[3] != 1.0) throw new IllegalArgumentException("section " + i + " must have a0 = 1, found " + s[3]);
            sos[i] = s.clone();
        }
    }

    /** Number of second-order sections. */
    public int sections() { return sos.length; }

    /** A copy of the coefficients, one row {@code b0 b1 b2 1 a1 a2} per section. */
    public double[][] coefficients() {
        double[][] c = new double[sos.length][];
        for (int i = 0; i < sos.length; i++) c[i] = sos[i].clone();
        return c;
    }

    /** Magnitude of the frequency response at {@code hz} for sampling rate {@code fs} (one pass). */
    public double gain(double hz, double fs) {
        double w = 2 * Math.PI * hz / fs;
        Complex z1 = Complex.polar(1, -w), z2 = Complex.polar(1, -2 * w);
        Complex h = Complex.ONE;
        for (double[] s : sos) {
            Complex num = Complex.real(s[0]).plus(z1.times(s[1])).plus(z2.times(s[2]));
            Complex den = Complex.ONE.plus(z1.times(s[4])).plus(z2.times(s[5]));
            h = h.times(num.div(den));
        }
        return h.abs();
    }

    /** Samples of odd extension {@code filtfilt} adds at each end: {@code 3 * ntaps} as scipy's default. */
    public int padLength() {
        int zeroB2 = 0, zeroA2 = 0;
        for (double[] s : sos) {
            if (s[2] == 0) zeroB2++;
            if (s[5] == 0) zeroA2++;
        }
        return 3 * (2 * sos.length + 1 - Math.min(zeroB2, zeroA2));
    }

    /** Causal filtering from zero initial state ({@code scipy.signal.sosfilt(sos, x)}). */
    public float[] filter(float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = x[i];
        run(y, new double[sos.length][2]);
        return toFloat(y, 0, y.length);
    }

    /**
     * Zero-phase forward-backward filtering ({@code scipy.signal.sosfiltfilt(sos, x)}).
     *
     * @throws IllegalArgumentException if {@code x} has no more than {@link #padLength()} samples (as scipy)
     */
    public float[] filtfilt(float[] x) {
        int n = x.length, pad = padLength();
        if (n <= pad) {
            throw new IllegalArgumentException("signal of " + n + " samples is too short for zero-phase filtering: it needs more than "
                    + pad + " samples");
        }
        double[] ext = new double[n + 2 * pad];
        double first = x[0], last = x[n - 1];
        for (int i = 0; i < pad; i++) {
            ext[i] = 2 * first - x[pad - i];
            ext[pad + n + i] = 2 * last - x[n - 2 - i];
        }
        for (int i = 0; i < n; i++) ext[pad + i] = x[i];

        double[][] zi = steadyState();
        run(ext, scaled(zi, ext[0]));
        reverse(ext);
        run(ext, scaled(zi, ext[0]));
        reverse(ext);
        return toFloat(ext, pad, n);
    }

    /** Filters {@code y} in place through every section, starting from state {@code z} (modified). */
    private void run(double[] y, double[][] z) {
        for (int s = 0; s < sos.length; s++) {
            double b0 = sos[s][0], b1 = sos[s][1], b2 = sos[s][2], a1 = sos[s][4], a2 = sos[s][5];
            double z0 = z[s][0], z1 = z[s][1];
            for (int i = 0; i < y.length; i++) {
                double xi = y[i];
                double yi = b0 * xi + z0;
                z0 = b1 * xi - a1 * yi + z1;
                z1 = b2 * xi - a2 * yi;
                y[i] = yi;
            }
            z[s][0] = z0;
            z[s][1] = z1;
        }
    }

    /**
     * Per-section states for a unit step in steady state ({@code scipy.signal.sosfilt_zi}): each section sees
     * the DC gain of the sections before it.
     */
    private double[][] steadyState() {
        double[][] zi = new double[sos.length][2];
        double scale = 1;
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double g = (c[0] + c[1] + c[2]) / (1 + c[4] + c[5]);
            zi[s][1] = scale * (c[2] - c[5] * g);
            zi[s][0] = scale * (c[1] - c[4] * g + c[2] - c[5] * g);
            scale *= g;
        }
        return zi;
    }

    private static double[][] scaled(double[][] zi, double v) {
        double[][] z = new double[zi.length][2];
        for (int s = 0; s < zi.length; s++) {
            z[s][0] = zi[s][0] * v;
            z[s][1] = zi[s][1] * v;
        }
        return z;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static float[] toFloat(double[] a, int from, int len) {
        float[] out = new float[len];
        for (int i = 0; i < len; i++) out[i] = (float) a[from + i];
        return out;
    }

    @Override public String toString() { return "SosFilter" + Arrays.deepToString(sos); }
}
