package org.enecg.expert.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.expert.Normalisation;
import org.enecg.signal.RrIntervals;
import org.enecg.signal.RrIrregularity;
import org.enecg.signal.RrStatistics;

/**
 * Rhythm expert: heart rate, RR-interval and heart-rate-variability statistics from the QRS complexes of all
 * twelve leads fused ({@link org.enecg.signal.QrsDetector}, Elgendi 2010), for the rhythm classes (brady- and
 * tachycardia, sinus arrhythmia, atrial fibrillation, premature beats) and the RR-interval task.
 *
 * <p>Input: the twelve standard leads, the whole record at 500 Hz, in mV (shared {@link org.enecg.expert.ExpertInput}
 * path). Outputs: {@link Out}, named {@code rhythm.<key>}. Intervals are used as detected (ectopic beats are not
 * removed: they are part of what the classes describe).
 *
 * <p>Limits: a record shorter than 0.5 s, or with every lead flat, has no beats; with fewer than three beats, the
 * statistics that need two intervals get their fills (those of a regular 75-bpm rhythm) and {@code rhythm.valid} is 0.
 */
public final class RhythmExpert extends FeatureExpert {

    /** Bump when the computation or a fill value changes. */
    static final String VERSION = "2";
    static final double FS = 500;

    /** The outputs, in order. Fills describe a regular rhythm at 75 bpm, so an unreadable record looks unremarkable and {@code valid} says why. */
    enum Out implements Feature {
        VALID("valid", 0, "1 when at least two RR intervals were found (three beats), else 0"),
        BEAT_COUNT("beat_count", 0, "number of QRS complexes detected in the record"),
        HR_BPM("hr_bpm", 75, "heart rate, 60000 / mean RR"),
        RR_MEAN_MS("rr_mean_ms", 800, "mean RR interval"),
        RR_MEDIAN_MS("rr_median_ms", 800, "median RR interval"),
        RR_MIN_MS("rr_min_ms", 800, "shortest RR interval"),
        RR_MAX_MS("rr_max_ms", 800, "longest RR interval"),
        SDNN_MS("sdnn_ms", 0, "standard deviation of RR intervals (n-1)"),
        RMSSD_MS("rmssd_ms", 0, "root mean square of successive RR differences"),
        PNN50_PERCENT("pnn50_percent", 0, "share of successive RR differences above 50 ms, percent"),
        CV_RR("cv_rr", 0, "SDNN / mean RR"),
        RMSSD_NORM("rmssd_norm", 0, "RMSSD / mean RR (Dash et al. 2009: atrial fibrillation above about 0.1)"),
        TURNING_POINT_RATIO("turning_point_ratio", 0, "share of inner RR intervals that are a local maximum or minimum (2/3 when random)"),
        SSD_MEDIAN_NORM("ssd_median_norm", 0, "median absolute successive RR difference / median RR (irregular rhythm; robust to a single ectopic beat)"),
        PREMATURE_FRACTION("premature_fraction", 0, "share of RR intervals shorter than 0.85 x the median RR (premature beats)"),
        RR_RANGE_NORM("rr_range_norm", 0, "(longest - shortest RR) / median RR");

        private final Spec spec;

        Out(String key, double fill, String meaning) { spec = new Spec(key, fill, meaning); }

        @Override public Spec spec() { return spec; }
    }

    static final String PREFIX = "rhythm";

    public RhythmExpert() {
        super(PREFIX, VERSION, wholeRecord(FS, FeatureNames.of(PREFIX, Out.values(), List.of(), new Feature[0]), Normalisation.NONE),
                new TreeMap<>(BeatAnalysis.describe()), "none");
    }

    @Override
    float[] compute(float[][] item) {
        BeatAnalysis a = BeatAnalysis.of(item, FS);
        int[] beats = a.beats();
        double[] rr = RrIntervals.intervalsMs(beats, FS);
        RrStatistics s = RrIntervals.statistics(beats, FS);
        RrIrregularity irr = RrIrregularity.of(rr);
        double median = Double.NaN, min = Double.NaN, max = Double.NaN;
        if (rr.length > 0) {
            double[] sorted = rr.clone();
            java.util.Arrays.sort(sorted);
            min = sorted[0];
            max = sorted[sorted.length - 1];
            int m = sorted.length / 2;
            median = sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        }
        Map<Out, Double> v = new java.util.EnumMap<>(Out.class);
        v.put(Out.VALID, rr.length >= 2 ? 1.0 : 0.0);
        v.put(Out.BEAT_COUNT, (double) beats.length);
        v.put(Out.HR_BPM, s.heartRateBpm());
        v.put(Out.RR_MEAN_MS, s.meanRrMs());
        v.put(Out.RR_MEDIAN_MS, median);
        v.put(Out.RR_MIN_MS, min);
        v.put(Out.RR_MAX_MS, max);
        v.put(Out.SDNN_MS, s.sdnnMs());
        v.put(Out.RMSSD_MS, s.rmssdMs());
        v.put(Out.PNN50_PERCENT, s.pnn50Percent());
        v.put(Out.CV_RR, s.cvRr());
        v.put(Out.RMSSD_NORM, s.rmssdNormalised());
        v.put(Out.TURNING_POINT_RATIO, s.turningPointRatio());
        v.put(Out.SSD_MEDIAN_NORM, irr.ssdMedianNormalised());
        v.put(Out.PREMATURE_FRACTION, irr.prematureFraction());
        v.put(Out.RR_RANGE_NORM, irr.rangeNormalised());
        float[] out = new float[Out.values().length];
        for (Out o : Out.values()) out[o.ordinal()] = o.of(v.get(o));
        return out;
    }

    /** The outputs' meanings, in order, for docs: {@code name -> meaning (fill)}. */
    static List<String[]> describeOutputs() {
        List<String[]> out = new ArrayList<>();
        for (Out o : Out.values()) out.add(new String[] {PREFIX + "." + o.key(), o.meaning(), Double.toString(o.fill())});
        return out;
    }
}
