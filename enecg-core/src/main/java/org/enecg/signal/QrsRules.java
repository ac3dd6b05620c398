package org.enecg.signal;

/**
 * Settings of the steps that make {@link QrsDetector} robust on hard signals (noise, artefacts, ectopic beats,
 * slow and fast rhythms), applied around every {@link QrsMethod}'s own decision rule; in physical units, converted
 * to samples once the sampling rate is known. Each step is named after the detector it comes from and can be
 * switched off on its own ({@link #none()} switches off all of them: the methods as their papers describe them).
 * Measured in docs/benchmarks/qrs.md.
 *
 * @param impulseSeconds        impulse removal: a sample further from the median of its {@code +-impulseSeconds}
 *                              neighbourhood than {@code impulseFactor} times the record's amplitude (99th percentile
 *                              of the distance from the record's median) is replaced by that median (one-sample
 *                              spikes of tens of millivolts from converter or transmission errors); default 0.004 s
 * @param impulseFactor         see above; default 5; 0 switches the step off
 * @param clipSegmentSeconds    energy clipping: the QRS energy feature is limited to {@code clipFactor} times the
 *                              median of its maxima over successive segments of this length (each holds a beat above
 *                              {@code 60 / clipSegmentSeconds} beats/min), so that a burst of artefact or a few large
 *                              ectopic beats do not raise the thresholds that depend on the feature's mean or on the
 *                              neighbouring beats; default 2 s
 * @param clipFactor            see above; default 10 (about 3 times the usual QRS amplitude); 0 switches the step off
 * @param adaptiveWindowSeconds adaptive threshold (Elgendi 2010's offset {@code 0.08 x mean energy}): the mean is
 *                              taken over this window around each sample when that is lower than the record's
 *                              mean, so one burst of artefact does not raise the threshold over the whole record;
 *                              default 0, the paper's whole-record mean (3 s meets the CPSC 2019 aim but adds P- and
 *                              T-wave detections in slow rhythms, docs/benchmarks/qrs.md; Pan-Tompkins' thresholds adapt
 *                              beat by beat already)
 * @param tWaveWindowSeconds    T-wave discrimination (Pan and Tompkins 1985): a candidate this soon after the
 *                              previous beat is checked; default 0.36 s
 * @param tWaveSlopeRatio       ... and is a T wave when its largest slope is under this fraction of the previous
 *                              beat's; default 0.5; 0 switches the step off
 * @param searchBackRrRatio     search-back (Pan and Tompkins 1985): an interval longer than this many times the
 *                              local RR (median of up to four intervals on each side) is searched again for a
 *                              missed beat; default 1.66; 0 switches the step off
 * @param searchBackLevel       ... with a lower threshold: the interval's largest QRS-energy peak that is not a T
 *                              wave is a beat when its energy is at least this fraction of the neighbouring beats'
 *                              median; default 0.25
 * @param rescanLevel           rescan of every interval, however short (beats hidden next to a large ectopic beat,
 *                              whose energy raises the method's threshold): a peak whose QRS energy is at least this
 *                              fraction of the neighbouring beats' median and whose largest slope is at least
 *                              {@code rescanSlopeRatio} of theirs is a beat; default 0.5; 0 switches the step off
 * @param rescanSlopeRatio      see above; default 0.7
 * @param voteFraction          multi-lead voting, weighted by lead quality: with three or more leads, each lead's own
 *                              beats (its own adaptive thresholds and the steps above) vote, weighted by the lead's
 *                              agreement with the fused detection (F1 score); a beat of the fused detection or of any
 *                              lead stands when the leads that have it hold at least this fraction of the total
 *                              weight; default 0.5; 0 switches the step off (the fused detection alone)
 * @param voteWindowSeconds     detections of two leads at most this far apart are the same beat; default 0.1 s
 */
public record QrsRules(double impulseSeconds, double impulseFactor, double clipSegmentSeconds, double clipFactor, double adaptiveWindowSeconds, double tWaveWindowSeconds,
        double tWaveSlopeRatio, double searchBackRrRatio, double searchBackLevel, double rescanLevel, double rescanSlopeRatio,
        double voteFraction, double voteWindowSeconds) {

    public QrsRules {
        check("impulseSeconds", impulseSeconds, 0, 0.02);
        if (impulseFactor != 0) check("impulseFactor", impulseFactor, 2, 1000);
        check("clipSegmentSeconds", clipSegmentSeconds, 0.5, 10);
        if (clipFactor != 0) check("clipFactor", clipFactor, 1, 1000);
        if (adaptiveWindowSeconds != 0) check("adaptiveWindowSeconds", adaptiveWindowSeconds, 1, 60);
        check("tWaveWindowSeconds", tWaveWindowSeconds, 0, 1);
        check("tWaveSlopeRatio", tWaveSlopeRatio, 0, 1);
        if (searchBackRrRatio != 0) check("searchBackRrRatio", searchBackRrRatio, 1.2, 5);
        check("searchBackLevel", searchBackLevel, 0, 1);
        check("rescanLevel", rescanLevel, 0, 1);
        check("rescanSlopeRatio", rescanSlopeRatio, 0, 1);
        check("voteFraction", voteFraction, 0, 1);
        check("voteWindowSeconds", voteWindowSeconds, 0.01, 0.2);
    }

    /** The defaults above. */
    public static QrsRules defaults() { return new QrsRules(0.004, 5, 2, 10, 0, 0.36, 0.5, 1.66, 0.25, 0.5, 0.7, 0.5, 0.1); }

    /** Every step off: each method's decision rule as its paper describes it (the detector before issue 13). */
    public static QrsRules none() { return new QrsRules(0.004, 0, 2, 0, 0, 0.36, 0, 0, 0.25, 0, 0.7, 0, 0.1); }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", found " + v);
    }
}
