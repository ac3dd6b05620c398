package org.enecg.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Digital Butterworth filters designed as {@code scipy.signal.butter(order, Wn, btype, fs=fs, output="sos")}:
 * analog prototype poles on the unit circle, frequency transform to the pre-warped edges
 * ({@code 2 fs tan(pi f / fs)}), bilinear transform, then second-order sections. Butterworth, S., "On the
 * theory of filter amplifiers", Experimental Wireless 7:536-541 (1930).
 *
 * <p>Cut-offs are in Hz and must lie strictly between 0 and the Nyquist frequency {@code fs / 2}.
 */
public final class Butterworth {

    private Butterworth() {}

    /** Low-pass of the given order, -3 dB at {@code cutoffHz} (one pass). */
    public static SosFilter lowPass(int order, double cutoffHz, double fs) {
        checkOrder(order);
        double wo = warp(cutoffHz, fs, "cutoff");
        List<Complex> poles = new ArrayList<>();
        for (Complex p : prototype(order)) poles.add(p.times(wo));
        double k = Math.pow(wo, order);
        return digital(new ArrayList<>(), poles, k, order, 0);
    }

    /** High-pass of the given order, -3 dB at {@code cutoffHz} (one pass). */
    public static SosFilter highPass(int order, double cutoffHz, double fs) {
        checkOrder(order);
        double wo = warp(cutoffHz, fs, "cutoff");
        List<Complex> poles = new ArrayList<>();
        Complex prodNeg = Complex.ONE;
        for (Complex p : prototype(order)) {
            poles.add(Complex.real(wo).div(p));
            prodNeg = prodNeg.times(p.negate());
        }
        double k = Complex.ONE.div(prodNeg).re();
        List<Complex> zeros = new ArrayList<>();
        for (int i = 0; i < order; i++) zeros.add(Complex.real(0));
        return digital(zeros, poles, k, 0, order);
    }

    /** Band-pass of the given order (2 x order poles), -3 dB at {@code lowHz} and {@code highHz}. */
    public static SosFilter bandPass(int order, double lowHz, double highHz, double fs) {
        checkOrder(order);
        if (!(lowHz < highHz)) {
            throw new IllegalArgumentException("band-pass low edge must be below the high edge, found " + lowHz + " and " + highHz + " Hz");
        }
        double w0 = warp(lowHz, fs, "low edge"), w1 = warp(highHz, fs, "high edge");
        double bw = w1 - w0, wo2 = w0 * w1;
        List<Complex> poles = new ArrayList<>();
        for (Complex p : prototype(order)) {
            Complex pl = p.times(bw / 2);
            Complex root = pl.times(pl).minus(Complex.real(wo2)).sqrt();
            poles.add(pl.plus(root));
            poles.add(pl.minus(root));
        }
        List<Complex> zeros = new ArrayList<>();
        for (int i = 0; i < order; i++) zeros.add(Complex.real(0));
        return digital(zeros, poles, Math.pow(bw, order), order, order);
    }

    /** Analog Butterworth prototype poles, {@code -exp(i pi m / 2N)} for m = -N+1, -N+3, ..., N-1. */
    private static List<Complex> prototype(int n) {
        List<Complex> p = new ArrayList<>(n);
        for (int m = -n + 1; m < n; m += 2) p.add(Complex.polar(1, Math.PI * m / (2.0 * n)).negate());
        return p;
    }

    /** Pre-warped analog frequency for the bilinear transform (scipy's internal fs = 2). */
    private static double warp(double hz, double fs, String what) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        if (!(hz > 0 && hz < fs / 2)) {
            throw new IllegalArgumentException(what + " must be between 0 and the Nyquist frequency " + fs / 2 + " Hz, found " + hz + " Hz");
        }
        return 4 * Math.tan(Math.PI * hz / fs);
    }

    private static void checkOrder(int order) {
        if (order < 1 || order > 12) throw new IllegalArgumentException("filter order must be 1 to 12, found " + order);
    }

    /**
     * Bilinear transform of the analog design (zeros, poles, gain), then grouping into sections. Analog zeros at
     * infinity become digital zeros at -1 ({@code zerosAtMinusOne}); analog zeros at 0 become zeros at +1.
     */
    private static SosFilter digital(List<Complex> zeros, List<Complex> poles, double k, int zerosAtMinusOne, int zerosAtPlusOne) {
        final double fs2 = 4; // 2 * fs with scipy's normalised fs = 2
        Complex num = Complex.ONE, den = Complex.ONE;
        for (Complex z : zeros) num = num.times(Complex.real(fs2).minus(z));
        List<Complex> pz = new ArrayList<>(poles.size());
        for (Complex p : poles) {
            den = den.times(Complex.real(fs2).minus(p));
            pz.add(Complex.real(fs2).plus(p).div(Complex.real(fs2).minus(p)));
        }
        double gain = k * num.div(den).re();

        // Digital zeros: all real, +1 or -1.
        List<Double> zz = new ArrayList<>();
        for (int i = 0; i < zerosAtPlusOne; i++) zz.add(1.0);
        for (int i = 0; i < zerosAtMinusOne; i++) zz.add(-1.0);

        // Poles: conjugate pairs first, then real poles two by two; an odd one left makes a first-order section.
        List<double[]> quadratics = new ArrayList<>(); // {sum, product} of each pair
        List<Double> reals = new ArrayList<>();
        double tiny = 1e-12;
        for (Complex p : pz) {
            if (Math.abs(p.im()) <= tiny) reals.add(p.re());
            else if (p.im() > 0) quadratics.add(new double[] {2 * p.re(), p.re() * p.re() + p.im() * p.im()});
        }
        for (int i = 0; i + 1 < reals.size(); i += 2) {
            quadratics.add(new double[] {reals.get(i) + reals.get(i + 1), reals.get(i) * reals.get(i + 1)});
        }
        boolean oddPole = reals.size() % 2 == 1;

        int nSections = quadratics.size() + (oddPole ? 1 : 0);
        double[][] sos = new double[nSections][];
        int zi = 0;
        for (int s = 0; s < nSections; s++) {
            boolean firstOrder = s == quadratics.size();
            double[] a = firstOrder ? new double[] {-reals.get(reals.size() - 1), 0} : new double[] {-quadratics.get(s)[0], quadratics.get(s)[1]};
            double[] b;
            if (firstOrder) {
                double z1 = zz.get(zi++);
                b = new double[] {1, -z1, 0};
            } else {
                double z1 = zz.get(zi++), z2 = zz.get(zi++);
                b = new double[] {1, -(z1 + z2), z1 * z2};
            }
            double g = s == 0 ? gain : 1;
            sos[s] = new double[] {g * b[0], g * b[1], g * b[2], 1, a[0], a[1]};
        }
        return new SosFilter(sos);
    }
}
