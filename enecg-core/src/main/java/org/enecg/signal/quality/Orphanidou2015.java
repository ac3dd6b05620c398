package org.enecg.signal.quality;

/**
 * Physiological feasibility of a beat series, the rules of Orphanidou C., Bonnici T., Charlton P., Clifton D.,
 * Vallance D., Tarassenko L., "Signal-quality indices for the electrocardiogram and photoplethysmogram: derivation
 * and applications to wireless monitoring", IEEE J. Biomed. Health Inform. 19(3):832-838 (2015): a heart rate
 * between 40 and 180 beats/min, no RR interval longer than 3 s, and a longest-to-shortest RR ratio under 2.2.
 * This class measures the three quantities; {@link QualityRules} decides with the limits of
 * {@link QualitySettings} (wider than the paper's for the heart rate: a resting 12-lead ECG may show a real
 * bradycardia of 35 or a tachycardia of 200, which the paper's ambulatory setting calls infeasible).
 *
 * @param beats            beats found
 * @param heartRateBpm     60 / mean RR; NaN with fewer than two beats
 * @param longestRrSeconds the longest RR interval, or for fewer than two beats the record's duration (no beat
 *                         follows for all of it)
 * @param rrRatio          longest over shortest RR; NaN with fewer than two intervals
 */
public record Orphanidou2015(int beats, double heartRateBpm, double longestRrSeconds, double rrRatio) {
    /** The paper's limits, for reference in documentation and tests. */
    public static final double PAPER_MIN_BPM = 40, PAPER_MAX_BPM = 180, PAPER_MAX_RR_SECONDS = 3, PAPER_MAX_RR_RATIO = 2.2;

    /**
     * The three quantities of a beat series (sorted sample indices) in a record of {@code nSamples} at {@code fs}.
     */
    public static Orphanidou2015 of(int[] beats, int nSamples, double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        if (beats.length < 2) return new Orphanidou2015(beats.length, Double.NaN, nSamples / fs, Double.NaN);
        double longest = 0, shortest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < beats.length; i++) {
            double rr = (beats[i] - beats[i - 1]) / fs;
            if (rr <= 0) throw new IllegalArgumentException("beats must be strictly increasing, found " + beats[i - 1] + " then " + beats[i]);
            longest = Math.max(longest, rr);
            shortest = Math.min(shortest, rr);
        }
        double meanRr = (beats[beats.length - 1] - beats[0]) / fs / (beats.length - 1);
        return new Orphanidou2015(beats.length, 60 / meanRr, longest, beats.length > 2 ? longest / shortest : Double.NaN);
    }
}
