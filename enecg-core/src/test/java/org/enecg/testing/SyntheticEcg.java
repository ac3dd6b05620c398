package org.enecg.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic synthetic ECG for tests: each beat is a sum of Gaussian waves (P, Q, R, S, T) placed at known
 * times, so tests know exactly where every R peak and wave boundary is. Options add what real recordings throw
 * at a detector: baseline wander, white noise, mains hum, pacing spikes, inverted or wide complexes and
 * irregular (AF-like) RR intervals. Amplitudes in mV, times in seconds.
 */
public final class SyntheticEcg {

    /** Wave shape: amplitude (mV), offset from the R peak (s), Gaussian width sigma (s). */
    private record Wave(double amp, double at, double sigma) {}

    private final double fs;
    private final double seconds;
    private double meanRr = 0.8;
    private double rrJitter = 0.0;
    private double qrsScale = 1.0;
    private double widthScale = 1.0;
    private double wanderMv = 0;
    private double noiseMv = 0;
    private double humMv = 0, humHz = 50;
    private boolean paced = false;
    private boolean withP = true;
    private long seed = 42;

    public SyntheticEcg(double fs, double seconds) {
        this.fs = fs;
        this.seconds = seconds;
    }

    public SyntheticEcg heartRate(double bpm) { meanRr = 60 / bpm; return this; }
    /** RR intervals uniformly within +-fraction of the mean, no P waves: an atrial-fibrillation-like rhythm. */
    public SyntheticEcg fibrillation(double fraction) { rrJitter = fraction; withP = false; return this; }
    /** RR intervals uniformly within +-fraction of the mean, P waves kept (sinus arrhythmia). */
    public SyntheticEcg rrJitter(double fraction) { rrJitter = fraction; return this; }
    /** Multiplies QRS amplitudes: negative values invert the complex. */
    public SyntheticEcg qrsScale(double s) { qrsScale = s; return this; }
    /** Widens the QRS (1 = about 90 ms; 1.6 = about 145 ms, as a paced or bundle-branch-block complex). */
    public SyntheticEcg qrsWidth(double s) { widthScale = s; return this; }
    public SyntheticEcg wander(double mv) { wanderMv = mv; return this; }
    public SyntheticEcg noise(double mvSd) { noiseMv = mvSd; return this; }
    public SyntheticEcg hum(double mv, double hz) { humMv = mv; humHz = hz; return this; }
    /** A 1 ms, 4 mV pacing spike 60 ms before each (widened) QRS. */
    public SyntheticEcg paced() { paced = true; widthScale = Math.max(widthScale, 1.6); return this; }
    public SyntheticEcg seed(long s) { seed = s; return this; }

    /** R-peak times in seconds (the first beat at 0.35 s; beats stop 0.35 s before the end). */
    public double[] beatTimes() {
        Random rng = new Random(seed);
        double[] t = new double[(int) (seconds / (meanRr * (1 - rrJitter))) + 2];
        int n = 0;
        for (double at = 0.35; at < seconds - 0.35; ) {
            t[n++] = at;
            at += meanRr * (1 + rrJitter * (2 * rng.nextDouble() - 1));
        }
        return Arrays.copyOf(t, n);
    }

    /** R-peak sample indices. */
    public int[] beatSamples() {
        double[] t = beatTimes();
        int[] s = new int[t.length];
        for (int i = 0; i < t.length; i++) s[i] = (int) Math.round(t[i] * fs);
        return s;
    }

    public float[] signal() {
        int n = (int) Math.round(seconds * fs);
        double[] x = new double[n];
        double w = widthScale;
        Wave[] qrs = {new Wave(-0.10, -0.025 * w, 0.008 * w), new Wave(1.20, 0, 0.010 * w), new Wave(-0.25, 0.025 * w, 0.008 * w)};
        Wave p = new Wave(0.15, -0.16, 0.020), tw = new Wave(0.30, 0.28, 0.040);
        for (double r : beatTimes()) {
            for (Wave q : qrs) add(x, r + q.at, q.amp * qrsScale, q.sigma);
            if (withP) add(x, r + p.at, p.amp, p.sigma);
            add(x, r + tw.at, tw.amp * Math.signum(qrsScale), tw.sigma);
            if (paced) {
                int at = (int) Math.round((r - 0.06) * fs);
                int len = Math.max(1, (int) Math.round(0.001 * fs));
                for (int i = at; i < at + len && i < n; i++) if (i >= 0) x[i] += 4.0;
            }
        }
        Random rng = new Random(seed + 1);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            double v = x[i] + wanderMv * Math.sin(2 * Math.PI * 0.15 * t) + humMv * Math.sin(2 * Math.PI * humHz * t);
            if (noiseMv > 0) v += noiseMv * rng.nextGaussian();
            out[i] = (float) v;
        }
        return out;
    }

    private void add(double[] x, double center, double amp, double sigma) {
        int a = (int) Math.floor((center - 5 * sigma) * fs), b = (int) Math.ceil((center + 5 * sigma) * fs);
        for (int i = Math.max(0, a); i <= Math.min(x.length - 1, b); i++) {
            double d = (i / fs - center) / sigma;
            x[i] += amp * Math.exp(-0.5 * d * d);
        }
    }
}
