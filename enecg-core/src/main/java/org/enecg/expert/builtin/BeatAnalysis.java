package org.enecg.expert.builtin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enecg.expert.ContentMemo;
import org.enecg.expert.QrsPeaks;
import org.enecg.signal.BaselineFilter;
import org.enecg.signal.DelineationConfig;
import org.enecg.signal.Delineator;
import org.enecg.signal.MedianBeat;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.WaveBoundaries;

/**
 * What the rhythm and morphology experts read from one prepared record, computed once per record and shared through
 * a memo ({@link #of}): the leads that carry a signal, the QRS complexes (all such leads fused by
 * {@link QrsDetector}), and, on demand, the baseline-filtered leads, per-beat wave boundaries ({@link Delineator}) and
 * the median beat with its boundaries. Every step is the signal package's; this class only composes them and decides
 * what a record too short or too flat gets (no beats).
 *
 * <p>Immutable once built; the lazy parts are computed under the object's lock, so instances are safe to share.
 */
final class BeatAnalysis {

    /** QRS detection: the signal package's defaults (Elgendi 2010, 0.2 s refractory period). */
    static final QrsConfig QRS = QrsConfig.defaults();
    /** Wave delineation: the signal package's defaults, tuned on LUDB. */
    static final DelineationConfig DELINEATION = DelineationConfig.defaults();
    /** Baseline removal before median beats and amplitudes: 0.5 Hz second-order Butterworth high-pass, zero phase. */
    static final BaselineFilter BASELINE = BaselineFilter.defaults();

    private static final ContentMemo<BeatAnalysis> MEMO = new ContentMemo<>(8);

    private final float[][] leads;
    private final double fs;
    private final boolean[] flat;
    private final int[] beats;
    private float[][] filtered;
    private WaveBoundaries[] perBeat;
    private MedianBeat median;
    private WaveBoundaries medianBoundaries;

    private BeatAnalysis(float[][] leads, double fs) {
        this.leads = leads;
        this.fs = fs;
        this.flat = new boolean[leads.length];
        int live = 0;
        for (int l = 0; l < leads.length; l++) {
            flat[l] = FeatureExpert.isFlat(leads[l]);
            if (!flat[l]) live++;
        }
        this.beats = detect(leads, flat, live, fs);
    }

    /** The analysis of {@code leads} ({@code [lead][sample]} at {@code fs}), from the memo when the same content was analysed recently. */
    static BeatAnalysis of(float[][] leads, double fs) {
        return MEMO.get(leads, fs, () -> new BeatAnalysis(leads, fs));
    }

    /** The settings that determine the analysis, for expert fingerprints. */
    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("analysis.qrs", QRS.toString());
        m.put("analysis.delineation", DELINEATION.toString());
        m.put("analysis.baseline", BASELINE.toString());
        m.put("analysis.median_beat", "before=" + MedianBeat.BEFORE_SECONDS + "s,after=" + MedianBeat.AFTER_SECONDS + "s");
        return m;
    }

    double fs() { return fs; }

    int leadCount() { return leads.length; }

    /** The prepared leads (not copied: do not modify). */
    float[][] leads() { return leads; }

    /** Whether lead {@code l} is flat (constant, e.g. a missing lead filled with zeros). */
    boolean flat(int l) { return flat[l]; }

    /** R-peak sample indices, sorted; empty when the record is too short or every lead is flat. */
    int[] beats() { return beats.clone(); }

    int beatCount() { return beats.length; }

    /** The leads with the baseline removed ({@link #BASELINE}); flat leads stay as they are. */
    synchronized float[][] filtered() {
        if (filtered == null) {
            float[][] f = new float[leads.length][];
            org.enecg.signal.SosFilter hp = BASELINE.design(fs);
            for (int l = 0; l < leads.length; l++) {
                // Too short for zero-phase filtering: such a record has no beats, so nothing reads it.
                f[l] = flat[l] || leads[l].length <= hp.padLength() ? leads[l] : hp.filtfilt(leads[l]);
            }
            filtered = f;
        }
        return filtered;
    }

    /** Wave boundaries of every beat, all leads delineated together. */
    synchronized WaveBoundaries[] perBeat() {
        if (perBeat == null) perBeat = beats.length == 0 ? new WaveBoundaries[0] : Delineator.delineate(filtered(), fs, beats, DELINEATION);
        return perBeat;
    }

    /** The median beat of the baseline-filtered leads ({@code beatsUsed() == 0} when no beat fits in the record). */
    synchronized MedianBeat median() {
        if (median == null) median = MedianBeat.of(filtered(), fs, beats);
        return median;
    }

    /** Wave boundaries of the median beat (indices into its templates). */
    synchronized WaveBoundaries medianBoundaries() {
        if (medianBoundaries == null) medianBoundaries = median().boundaries(DELINEATION);
        return medianBoundaries;
    }

    private static int[] detect(float[][] leads, boolean[] flat, int live, double fs) {
        if (live == 0 || leads[0].length < QrsDetector.MIN_SECONDS * fs) return new int[0];
        float[][] use = new float[live][];
        int k = 0;
        for (int l = 0; l < leads.length; l++) if (!flat[l]) use[k++] = leads[l];
        return QrsPeaks.detect(use, fs, QRS);
    }

    /** Memo statistics, for tests and benchmarks: {hits, misses}. */
    static long[] memoStats() { return new long[] {MEMO.hits(), MEMO.misses()}; }
}
