package org.enecg.expert;

import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;

/**
 * R peaks of a record's leads, detected once per record content: the beat windows of {@link Fit#BEATS} (on the
 * record's own leads) and the built-in rhythm and morphology experts (on their prepared 12 leads at 500 Hz) fuse the
 * same leads whenever a record is stored at 500 Hz, so the second asks the memo instead of running the detector again
 * (QRS detection, twice per record, was 30 % of the default set's Java time; docs/benchmarks/throughput.md). A hit
 * needs equal samples, rate and settings, so the peaks are exactly what {@link QrsDetector#detect} returns.
 */
public final class QrsPeaks {

    /** A record's detections are asked for by experts that run one after another on its thread: a few suffice. */
    private static final ContentMemo<int[]> DEFAULTS = new ContentMemo<>(4);

    private QrsPeaks() {}

    /** {@link QrsDetector#detect}{@code (leads, fs, config)}, from the memo when the settings are the defaults (a fresh array). */
    public static int[] detect(float[][] leads, double fs, QrsConfig config) {
        if (!config.equals(QrsConfig.defaults())) return QrsDetector.detect(leads, fs, config);
        return DEFAULTS.get(leads, fs, () -> QrsDetector.detect(leads, fs, config)).clone();
    }

    /** Memo statistics, for tests and benchmarks: {hits, misses}. */
    public static long[] memoStats() { return new long[] {DEFAULTS.hits(), DEFAULTS.misses()}; }
}
