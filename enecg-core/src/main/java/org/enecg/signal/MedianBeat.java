package org.enecg.signal;

import java.util.Arrays;

/**
 * The median beat of a record: for every lead, the sample-by-sample median of all beats aligned on their R
 * peak, which keeps the shape of the dominant beat and drops noise and the odd ectopic beat. Beats whose window
 * does not fit inside the record are left out.
 *
 * @param leads     one template per lead, {@code rIndex} samples before the R peak and the rest after it; NaN
 *                  everywhere when no beat fitted
 * @param rIndex    index of the R peak in each template
 * @param beatsUsed number of beats the median was taken over
 * @param fs        sampling rate of the templates, Hz
 */
public record MedianBeat(float[][] leads, int rIndex, int beatsUsed, double fs) {

    /** Seconds kept before and after each R peak: room for the P wave and the end of the T wave. */
    public static final double BEFORE_SECONDS = 0.5, AFTER_SECONDS = 0.7;

    public MedianBeat {
        float[][] c = new float[leads.length][];
        for (int l = 0; l < leads.length; l++) c[l] = leads[l].clone();
        leads = c;
    }

    /** A copy of the template of lead {@code l}. */
    public float[] lead(int l) { return leads[l].clone(); }

    @Override public float[][] leads() {
        float[][] c = new float[leads.length][];
        for (int l = 0; l < leads.length; l++) c[l] = leads[l].clone();
        return c;
    }

    /** Median beat of every lead over {@code beats} (sorted R-peak sample indices). */
    public static MedianBeat of(float[][] leads, double fs, int[] beats) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        int before = (int) Math.round(BEFORE_SECONDS * fs), after = (int) Math.round(AFTER_SECONDS * fs);
        int len = before + after + 1;
        int n = leads.length == 0 ? 0 : leads[0].length;
        int[] used = Arrays.stream(beats).filter(r -> r - before >= 0 && r + after < n).toArray();
        float[][] out = new float[leads.length][len];
        float[] column = new float[used.length];
        for (int l = 0; l < leads.length; l++) {
            if (leads[l].length != n) throw new IllegalArgumentException("lead " + l + " has " + leads[l].length + " samples, lead 0 has " + n);
            if (used.length == 0) {
                Arrays.fill(out[l], Float.NaN);
                continue;
            }
            for (int k = 0; k < len; k++) {
                for (int b = 0; b < used.length; b++) column[b] = leads[l][used[b] - before + k];
                out[l][k] = median(column);
            }
        }
        return new MedianBeat(out, before, used.length, fs);
    }

    /** Wave boundaries of the median beat, all leads together; indices into the templates. */
    public WaveBoundaries boundaries(DelineationConfig config) {
        if (beatsUsed == 0) return new WaveBoundaries(-1, -1, rIndex, -1, -1);
        return Delineator.delineate(leads, fs, new int[] {rIndex}, config)[0];
    }

    /** Median of {@code v}, sorting it in place (mean of the middle two for an even count). */
    static float median(float[] v) {
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (float) ((v[m - 1] + (double) v[m]) / 2);
    }
}
