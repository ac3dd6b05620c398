package org.enecg.signal.quality;

/**
 * Every threshold of {@link QualityRules}, in physical units, with the evidence behind each default in
 * docs/signal-quality.md (checked on the 320 bundled records: none of them is poor, and each flag on them was
 * looked at).
 *
 * @param flatFraction           a lead whose successive samples are equal more often than this is flat (0.8)
 * @param flatRangeMv            ... as is a lead whose 1st-99th percentile range is below this, in mV (1e-4: far
 *                               below one step of any ECG recorder, so that a lead a thousand times too small is
 *                               found as wrong units, not as flat)
 * @param unusableInvalidShare   a lead with more invalid (NaN) samples than this share is unusable (0.5); any
 *                               invalid sample at all is reported
 * @param clippedShare           a lead with more samples on plateaus at its extremes than this share is clipped (0.01)
 * @param shortPoorShare         a record shorter than this share of the required length is poor, longer but short
 *                               of it acceptable (0.5)
 * @param minBeats               fewer beats than this in the whole record is poor ("no beats"; 2)
 * @param minHeartRateBpm        mean heart rates below this are implausible (25)
 * @param maxHeartRateBpm        ... and above this (250)
 * @param maxRrSeconds           a pause longer than this without a beat is reported (Orphanidou 2015: 3 s)
 * @param leadNoisyBSqi          a lead whose two detectors agree on less than this share of beats ... (0.4)
 * @param leadNoisyKSqi          ... and whose band-passed kurtosis is below this is noisy (5, Li et al. 2008's line
 *                               between ECG and noise; disagreement alone is not enough: on bundled records with a
 *                               small QRS in one lead the detectors disagree on a clean, peaked signal)
 * @param noisyBSqi              a record whose median bSQI over its usable leads is below this is noisy (0.8; the
 *                               lowest of the bundled records is 0.85)
 * @param fewLeadsShare          fewer usable leads than this share of the leads the experts read is reported (0.5)
 * @param poorBSqi               ... and below this, too noisy to answer: poor (0.7; two detectors on noise alone agree on about
 *                               0.6 of their beats; in-band noise at 0 dB SNR gives about 0.7)
 * @param minBasSqi              a lead whose basSQI is below this has strong baseline wander (0.15: 85% of its power
 *                               below 1 Hz; clean leads with a small QRS and a large T wave reach 0.2)
 * @param minPSqi                a lead with less than this share of its 5-40 Hz power in 5-15 Hz is dominated by
 *                               high-frequency noise (0.2)
 * @param maxQrsMv               a median QRS amplitude over the leads above this (mV) suggests microvolts read as
 *                               millivolts: poor (20)
 * @param highQrsMv              ... above this is reported as unusually large (8)
 * @param minQrsMv               a median QRS amplitude below this (mV) suggests millivolts read as microvolts or a gain
 *                               far off: poor (0.05)
 */
public record QualitySettings(double flatFraction, double flatRangeMv, double unusableInvalidShare, double clippedShare,
                              double shortPoorShare, int minBeats, double minHeartRateBpm, double maxHeartRateBpm,
                              double maxRrSeconds, double leadNoisyBSqi, double leadNoisyKSqi, double noisyBSqi, double fewLeadsShare, double poorBSqi, double minBasSqi,
                              double minPSqi, double maxQrsMv, double highQrsMv, double minQrsMv) {
    public QualitySettings {
        share("flatFraction", flatFraction);
        share("unusableInvalidShare", unusableInvalidShare);
        share("clippedShare", clippedShare);
        share("shortPoorShare", shortPoorShare);
        share("leadNoisyBSqi", leadNoisyBSqi);
        share("noisyBSqi", noisyBSqi);
        if (!(leadNoisyKSqi >= 0)) throw new IllegalArgumentException("leadNoisyKSqi must not be negative, found " + leadNoisyKSqi);
        share("fewLeadsShare", fewLeadsShare);
        share("poorBSqi", poorBSqi);
        share("minBasSqi", minBasSqi);
        share("minPSqi", minPSqi);
        if (!(flatRangeMv >= 0)) throw new IllegalArgumentException("flatRangeMv must not be negative, found " + flatRangeMv);
        if (minBeats < 0) throw new IllegalArgumentException("minBeats must not be negative, found " + minBeats);
        if (!(minHeartRateBpm > 0 && minHeartRateBpm < maxHeartRateBpm)) {
            throw new IllegalArgumentException("heart rate limits must satisfy 0 < min < max, found " + minHeartRateBpm + " and " + maxHeartRateBpm);
        }
        if (!(maxRrSeconds > 0)) throw new IllegalArgumentException("maxRrSeconds must be positive, found " + maxRrSeconds);
        if (!(minQrsMv > 0 && minQrsMv < highQrsMv && highQrsMv <= maxQrsMv)) {
            throw new IllegalArgumentException("QRS amplitude limits must satisfy 0 < min < high <= max, found " + minQrsMv + ", " + highQrsMv + ", " + maxQrsMv);
        }
    }

    /** The defaults above. */
    public static QualitySettings defaults() {
        return new QualitySettings(0.8, 1e-4, 0.5, 0.01, 0.5, 2, 25, 250, 3.0, 0.4, 5, 0.8, 0.5, 0.7, 0.15, 0.2, 20, 8, 0.05);
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be between 0 and 1, found " + v);
    }
}
