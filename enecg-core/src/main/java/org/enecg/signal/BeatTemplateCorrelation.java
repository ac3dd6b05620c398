package org.enecg.signal;

import java.util.Arrays;

/**
 * How much each beat looks like the record's median beat: the correlation, over all leads together, between the
 * beat and the template in a window around the R peak. Each lead is centred on its own mean within the window, then
 * products and squares are summed over leads, so a lead counts by its amplitude and a flat lead not at all. Ectopic
 * ventricular beats (wide, differently shaped) and aberrant or noisy beats score low; beats of the dominant shape score
 * near 1.
 */
public final class BeatTemplateCorrelation {

    /** The window compared: this long before the R peak and after it, in seconds (QRS, ST segment and most of T). */
    public static final double BEFORE_SECONDS = 0.20, AFTER_SECONDS = 0.40;

    private BeatTemplateCorrelation() {}

    /**
     * One correlation per beat of {@code beats} (R-peak indices into {@code leads} at rate {@code fs}); NaN for a beat
     * whose window leaves the record, and for every beat when the template has no beats or all leads are flat.
     */
    public static double[] of(float[][] leads, double fs, int[] beats, MedianBeat template) {
        double[] out = new double[beats.length];
        Arrays.fill(out, Double.NaN);
        if (template.beatsUsed() == 0 || leads.length == 0) return out;
        int before = Math.min(template.rIndex(), (int) Math.round(BEFORE_SECONDS * fs));
        float[][] t = template.leads();
        int after = Math.min(t[0].length - 1 - template.rIndex(), (int) Math.round(AFTER_SECONDS * fs));
        int len = before + after + 1;
        int n = leads[0].length;
        double[][] tc = new double[t.length][len];
        double tss = 0;
        for (int l = 0; l < t.length; l++) {
            tss += centred(t[l], template.rIndex() - before, len, tc[l]);
        }
        if (!(tss > 0)) return out;
        double[] bc = new double[len];
        for (int b = 0; b < beats.length; b++) {
            int from = beats[b] - before;
            if (from < 0 || from + len > n) continue;
            double cross = 0, bss = 0;
            for (int l = 0; l < leads.length; l++) {
                bss += centred(leads[l], from, len, bc);
                for (int i = 0; i < len; i++) cross += bc[i] * tc[l][i];
            }
            out[b] = bss > 0 ? cross / Math.sqrt(bss * tss) : Double.NaN;
        }
        return out;
    }

    /** Writes {@code x[from, from+len)} minus its mean into {@code out}; returns the sum of squares. */
    private static double centred(float[] x, int from, int len, double[] out) {
        double m = 0;
        for (int i = 0; i < len; i++) m += x[from + i];
        m /= len;
        double ss = 0;
        for (int i = 0; i < len; i++) {
            out[i] = x[from + i] - m;
            ss += out[i] * out[i];
        }
        return ss;
    }
}
