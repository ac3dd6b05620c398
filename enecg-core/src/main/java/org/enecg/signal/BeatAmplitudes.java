package org.enecg.signal;

/**
 * Wave amplitudes of one lead of a beat template (a {@link MedianBeat} lead), in the template's units, measured from
 * the isoelectric level: the mean of the {@link #ISO_SECONDS} before QRS onset (the PR segment). Boundaries come from
 * delineating the template ({@link MedianBeat#boundaries}), shared by all leads.
 * <ul>
 *   <li>R: the largest value in the QRS above the isoelectric level (0 when the whole QRS is below it);</li>
 *   <li>Q, S: the lowest value in the QRS before and after the R peak, below the level (0 when none);</li>
 *   <li>ST: the level at the J point (QRS offset) plus {@link #ST_SECONDS} (J+60 ms), signed;</li>
 *   <li>T: the signed largest deviation from QRS offset plus {@link #T_START_SECONDS} to T end (or, when T end was not
 *       found, to R plus {@link #T_FALLBACK_SECONDS});</li>
 *   <li>P: the signed largest deviation from P onset (or, when no P wave was found, QRS onset minus
 *       {@link #P_FALLBACK_SECONDS}) to QRS onset minus {@link #ISO_SECONDS}.</li>
 * </ul>
 *
 * @param pMv  P-wave amplitude, signed
 * @param qMv  Q-wave amplitude, 0 or negative
 * @param rMv  R-wave amplitude, 0 or positive
 * @param sMv  S-wave amplitude, 0 or negative
 * @param stMv ST level at J+60 ms, signed
 * @param tMv  T-wave amplitude, signed
 */
public record BeatAmplitudes(double pMv, double qMv, double rMv, double sMv, double stMv, double tMv) {

    public static final double ISO_SECONDS = 0.020, ST_SECONDS = 0.060, T_START_SECONDS = 0.080;
    public static final double T_FALLBACK_SECONDS = 0.450, P_FALLBACK_SECONDS = 0.250;

    /** All NaN: a template without QRS boundaries. */
    public static final BeatAmplitudes NONE = new BeatAmplitudes(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * The amplitudes of {@code template} at rate {@code fs}, with boundaries {@code w} (indices into the template);
     * {@link #NONE} when the QRS onset or offset is missing.
     */
    public static BeatAmplitudes of(float[] template, double fs, WaveBoundaries w) {
        int n = template.length;
        int on = w.qrsOnset(), off = w.qrsOffset();
        if (on < 0 || off <= on || off >= n) return NONE;
        int isoFrom = Math.max(0, on - samples(ISO_SECONDS, fs));
        double iso = 0;
        for (int i = isoFrom; i < on; i++) iso += template[i];
        iso = on > isoFrom ? iso / (on - isoFrom) : template[on];
        int iR = on;
        for (int i = on; i <= off; i++) if (template[i] > template[iR]) iR = i;
        double r = Math.max(0, template[iR] - iso);
        double q = 0, s = 0;
        for (int i = on; i <= iR; i++) q = Math.min(q, template[i] - iso);
        for (int i = iR; i <= off; i++) s = Math.min(s, template[i] - iso);
        double st = template[Math.min(n - 1, off + samples(ST_SECONDS, fs))] - iso;
        int tFrom = Math.min(n - 1, off + samples(T_START_SECONDS, fs));
        int tTo = w.tEnd() > tFrom ? Math.min(n - 1, w.tEnd()) : Math.min(n - 1, w.rPeak() + samples(T_FALLBACK_SECONDS, fs));
        double t = extreme(template, tFrom, tTo, iso);
        int pFrom = w.pOnset() >= 0 && w.pOnset() < on ? w.pOnset() : Math.max(0, on - samples(P_FALLBACK_SECONDS, fs));
        double p = extreme(template, pFrom, isoFrom - 1, iso);
        return new BeatAmplitudes(p, q, r, s, st, t);
    }

    /** The signed value of largest |x - level| in {@code [from, to]}; 0 for an empty range. */
    private static double extreme(float[] x, int from, int to, double level) {
        double best = 0;
        for (int i = Math.max(0, from); i <= to && i < x.length; i++) {
            double v = x[i] - level;
            if (Math.abs(v) > Math.abs(best)) best = v;
        }
        return best;
    }

    private static int samples(double seconds, double fs) { return (int) Math.round(seconds * fs); }
}
