package org.enecg.signal;

import java.util.Arrays;

/**
 * A score for pacemaker spikes: stimuli last 0.5-2 ms, so they appear as one- or two-sample steps that no
 * physiological wave makes, and precede the paced P wave or QRS complex. For each lead and beat, the largest absolute
 * second difference {@code |x[i+1] - 2 x[i] + x[i-1]|} within {@link #BEFORE_SECONDS} before to {@link #AFTER_SECONDS}
 * after the R peak; the median over beats (a spike on every beat, not one artefact); then the median over leads that
 * are not flat (unipolar spikes show in most leads). In the signal's units; it grows with the sampling rate's ability
 * to show a short spike, so compare scores at one rate (the built-in morphology expert reads 500 Hz).
 */
public final class PacingSpikes {

    public static final double BEFORE_SECONDS = 0.150, AFTER_SECONDS = 0.050;

    private PacingSpikes() {}

    /** The score of {@code leads} at {@code fs} with R peaks {@code beats}; 0 with no beat or no non-flat lead. */
    public static double score(float[][] leads, double fs, int[] beats) {
        if (beats.length == 0 || leads.length == 0) return 0;
        int before = (int) Math.round(BEFORE_SECONDS * fs), after = (int) Math.round(AFTER_SECONDS * fs);
        double[] perLead = new double[leads.length];
        int used = 0;
        double[] perBeat = new double[beats.length];
        for (float[] x : leads) {
            if (flat(x)) continue;
            int n = x.length;
            for (int b = 0; b < beats.length; b++) {
                double best = 0;
                for (int i = Math.max(1, beats[b] - before); i <= Math.min(n - 2, beats[b] + after); i++) {
                    best = Math.max(best, Math.abs(x[i + 1] - 2.0 * x[i] + x[i - 1]));
                }
                perBeat[b] = best;
            }
            perLead[used++] = RrIrregularity.median(perBeat.clone());
        }
        return used == 0 ? 0 : RrIrregularity.median(Arrays.copyOf(perLead, used));
    }

    private static boolean flat(float[] x) {
        for (int i = 1; i < x.length; i++) if (x[i] != x[0]) return false;
        return true;
    }
}
