package org.enecg.signal;

import java.util.Arrays;

/**
 * QRS (R-peak) detection on one lead or on several leads fused, at any sampling rate (tested from 100 to 1000
 * Hz). Steps: non-finite samples read as 0; impulse artefacts removed ({@link QrsRules#impulseFactor()}); each lead
 * goes through the method's front end (band-pass and energy feature, see {@link QrsMethod}); on several leads the
 * features are summed, each divided by its own 98th percentile (so a lead where the QRS is small or inverted counts
 * as much as any other) and weighted by its peakiness (98th percentile over median, relative to the best lead: a
 * lead of pure noise is nearly ignored; a lead that is flat for more than 80% of the record, save the odd spike, is
 * left out); the energy is clipped, the method's decision rule finds the beats and the rules of {@link QrsRules}
 * (T waves, search-back) correct them; each beat is then placed on the largest deflection within
 * {@link QrsConfig#locateSeconds()} (the R peak, or the S trough of an inverted complex), measured on the 0.5-40 Hz
 * band-passed leads (for several leads, the largest sum of scaled squares). With three leads or more, each lead
 * also detects on its own and the beats are put to a vote weighted by each lead's agreement
 * ({@link QrsRules#voteFraction()}).
 *
 * <p>Stateless: every call works on its own copies.
 */
public final class QrsDetector {

    /** Shortest signal accepted, in seconds: the filters and the learning phase need at least this. */
    public static final double MIN_SECONDS = 0.5;

    private QrsDetector() {}

    /** R-peak sample indices of one lead with {@link QrsConfig#defaults()}. */
    public static int[] detect(float[] lead, double fs) { return detect(new float[][] {lead}, fs, QrsConfig.defaults()); }

    /** R-peak sample indices of one lead. */
    public static int[] detect(float[] lead, double fs, QrsConfig config) { return detect(new float[][] {lead}, fs, config); }

    /**
     * R-peak sample indices of a multi-lead record, detected on the fused leads; sorted, no two closer than the
     * refractory period.
     *
     * @throws IllegalArgumentException if there are no leads, leads differ in length, the sampling rate is not
     *                                  positive or too low for the method's band, or the signal is shorter than
     *                                  {@link #MIN_SECONDS}
     */
    public static int[] detect(float[][] leads, double fs, QrsConfig config) {
        if (leads.length == 0) throw new IllegalArgumentException("QRS detection needs at least one lead");
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        int n = leads[0].length;
        for (int l = 1; l < leads.length; l++) {
            if (leads[l].length != n) throw new IllegalArgumentException("lead " + l + " has " + leads[l].length + " samples, lead 0 has " + n);
        }
        if (n < MIN_SECONDS * fs) {
            throw new IllegalArgumentException("signal of " + n + " samples at " + fs + " Hz is too short for QRS detection (needs "
                    + MIN_SECONDS + " s)");
        }
        int nl = leads.length;
        QrsFeature[] features = new QrsFeature[nl];
        double[][] wide = new double[nl][], wideSlope = new double[nl][];
        double[] quality = new double[nl];
        double bestQuality = 0;
        boolean[] usable = new boolean[nl];
        boolean anyUsable = false;
        for (int l = 0; l < nl; l++) {
            usable[l] = nl == 1 || !mostlyFlat(leads[l]);
            anyUsable |= usable[l];
        }
        for (int l = 0; l < nl; l++) {
            if (anyUsable && !usable[l]) continue;
            float[] x = leads[l].clone();
            Sanitizer.zeroNonFiniteInPlace(x);
            if (config.rules().impulseFactor() > 0) ImpulseArtifacts.removeInPlace(x, fs, config.rules().impulseSeconds(), config.rules().impulseFactor());
            features[l] = QrsFeature.of(config.method(), x, fs);
            wide[l] = toDouble(BandPassFilter.defaults().apply(x, fs));
            wideSlope[l] = QrsFeature.squaredDerivative(wide[l], fs);
            for (int i = 0; i < n; i++) wide[l][i] *= wide[l][i];
            quality[l] = nl == 1 ? 1 : peakiness(features[l].energy());
            bestQuality = Math.max(bestQuality, quality[l]);
        }
        double[] feature = new double[n];
        double[] slope = new double[n], shape = new double[n];
        double[] where = new double[n];
        for (int l = 0; l < nl; l++) {
            if (features[l] == null) continue;
            double w = bestQuality > 0 ? quality[l] / bestQuality : 0;
            addScaled(feature, features[l].energy(), w, nl == 1);
            addScaled(slope, features[l].slope(), w, nl == 1);
            addScaled(where, wide[l], w, nl == 1);
            addScaled(shape, wideSlope[l], w, nl == 1);
        }
        int refractory = (int) Math.round(config.refractorySeconds() * fs), half = (int) Math.round(config.locateSeconds() * fs);
        int[] fused = locate(decide(feature, slope, shape, fs, refractory, config), where, half, refractory);
        int voters = 0;
        for (QrsFeature f : features) if (f != null) voters++;
        if (voters < LeadVote.MIN_LEADS || !(config.rules().voteFraction() > 0)) return fused;
        int[][] perLead = new int[nl][];
        for (int l = 0; l < nl; l++) {
            if (features[l] == null) continue;
            perLead[l] = locate(decide(features[l].energy(), features[l].slope(), wideSlope[l], fs, refractory, config), wide[l], half, refractory);
        }
        int[] voted = LeadVote.vote(fused, perLead, (int) Math.round(config.rules().voteWindowSeconds() * fs), config.rules().voteFraction());
        return locate(voted, where, half, refractory);
    }

    /** The method's decision rule, then the rules of {@link QrsRules}, on one feature (a lead's, or the fused one). */
    private static int[] decide(double[] raw, double[] slope, double[] shape, double fs, int refractory, QrsConfig config) {
        double[] feature = BeatRules.clip(raw, fs, config.rules().clipSegmentSeconds(), config.rules().clipFactor());
        int[] found;
        switch (config.method()) {
            case PAN_TOMPKINS_1985: found = PanTompkins1985.decide(feature, slope, fs, refractory); break;
            case ELGENDI_2010: found = Elgendi2010.decide(feature, fs, refractory, config.rules().adaptiveWindowSeconds()); break;
            default: throw new IllegalStateException("no implementation for " + config.method());
        }
        return BeatRules.apply(found, feature, shape, fs, refractory, config.rules());
    }

    /**
     * Adds {@code weight * f / quantile98(f)} to {@code sum}; a flat feature adds nothing. A single lead needs no
     * scale (every decision rule is relative to the feature's own level), so it is added as it is.
     */
    private static void addScaled(double[] sum, double[] f, double weight, boolean single) {
        if (single) {
            System.arraycopy(f, 0, sum, 0, sum.length);
            return;
        }
        double s = Windows.quantile(f, 0.98);
        if (!(s > 0) || !(weight > 0)) return;
        double k = weight / s;
        for (int i = 0; i < sum.length; i++) sum[i] += f[i] * k;
    }

    /**
     * How much a lead's QRS energy stands out: 98th percentile over median of its feature. Noise gives a few
     * units to a few tens; a clean lead, hundreds or more (capped at 1000). 0 for a flat lead.
     */
    private static double peakiness(double[] f) {
        double hi = Windows.quantile(f, 0.98);
        if (!(hi > 0)) return 0;
        return hi / Math.max(Windows.quantile(f, 0.5), 1e-3 * hi);
    }

    /**
     * A lead that repeats the same value for more than 80% of its successive samples is disconnected or flat
     * with the odd spike (seen in challenge data); in a multi-lead record it is left out of the fusion.
     */
    private static boolean mostlyFlat(float[] x) {
        int same = 0;
        for (int i = 1; i < x.length; i++) if (x[i] == x[i - 1]) same++;
        return same > 0.8 * (x.length - 1);
    }

    /** Moves each detection to the maximum of {@code where} within +-half; merges detections that land closer than refractory. */
    private static int[] locate(int[] det, double[] where, int half, int refractory) {
        int[] out = new int[det.length];
        int m = 0;
        for (int d : det) {
            int a = Math.max(0, d - half), b = Math.min(where.length - 1, d + half);
            int best = d;
            for (int i = a; i <= b; i++) if (where[i] > where[best]) best = i;
            if (m > 0 && best - out[m - 1] < refractory) {
                if (where[best] > where[out[m - 1]]) out[m - 1] = best;
            } else {
                out[m++] = best;
            }
        }
        return Arrays.copyOf(out, m);
    }

    static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        return d;
    }
}
