package org.enecg.signal;

/**
 * Z-score normalisation. {@link #globalInPlace} is the EnECG authors' default: one mean and one standard
 * deviation over all leads together, so the relative amplitudes of the leads survive. {@link #perLeadInPlace}
 * normalises each lead on its own (what several pretrained models expect). A flat input (std 0) is only
 * centred, never divided by zero.
 *
 * <p>Statistics use the population standard deviation ({@code numpy.std} with ddof 0) in double precision.
 */
public final class ZScore {

    private ZScore() {}

    /** One mean and std over all samples of all leads; leads are modified in place. */
    public static void globalInPlace(float[][] leads) {
        double sum = 0;
        long n = 0;
        for (float[] l : leads) {
            for (float v : l) sum += v;
            n += l.length;
        }
        if (n == 0) return;
        double mean = sum / n;
        double ss = 0;
        for (float[] l : leads) for (float v : l) ss += (v - mean) * (v - mean);
        double std = Math.sqrt(ss / n);
        for (float[] l : leads) apply(l, mean, std);
    }

    /** Each lead by its own mean and std, in place. */
    public static void perLeadInPlace(float[][] leads) {
        for (float[] l : leads) perLeadInPlace(l);
    }

    /** One lead by its own mean and std, in place. */
    public static void perLeadInPlace(float[] l) {
        if (l.length == 0) return;
        double sum = 0;
        for (float v : l) sum += v;
        double mean = sum / l.length;
        double ss = 0;
        for (float v : l) ss += (v - mean) * (v - mean);
        apply(l, mean, Math.sqrt(ss / l.length));
    }

    private static void apply(float[] l, double mean, double std) {
        double inv = std > 0 ? 1.0 / std : 1.0;
        for (int i = 0; i < l.length; i++) l[i] = (float) ((l[i] - mean) * inv);
    }
}
