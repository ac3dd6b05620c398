package org.enecg.expert.builtin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enecg.expert.Normalisation;
import org.enecg.io.LeadName;
import org.enecg.signal.BeatAmplitudes;
import org.enecg.signal.BeatTemplateCorrelation;
import org.enecg.signal.MedianBeat;
import org.enecg.signal.PacingSpikes;
import org.enecg.signal.QrsAxis;
import org.enecg.signal.RrIntervals;
import org.enecg.signal.WaveBoundaries;

/**
 * Morphology and intervals expert: the median beat of each of the twelve leads ({@link MedianBeat}, on leads with the
 * baseline removed), delineated on all leads together ({@link org.enecg.signal.Delineator}), gives the frontal QRS and
 * T axes, wave amplitudes per lead ({@link BeatAmplitudes}: P, Q, R, S, ST at J+60 ms, T) and classic voltage
 * criteria; every beat, delineated with its neighbours, gives the PR, QRS and QT intervals (medians over beats) and
 * QTc, how much it looks like the median beat (ectopic beats),
 * whether a P wave precedes it (absent in atrial fibrillation) and pacemaker spikes ({@link PacingSpikes}). These carry
 * the known links to the tasks: PR for AV block, P waves for AF, QRS width and spikes for paced rhythms, amplitudes,
 * QT and axis for sex and age.
 *
 * <p>Input: the twelve standard leads, the whole record at 500 Hz, in mV, the same input as {@link RhythmExpert}, so
 * both read one shared analysis per record ({@link BeatAnalysis}). Outputs: {@link Out} as {@code morph.<key>}, then
 * {@link LeadOut} for each lead as {@code morph.<lead>.<key>} (lead in lower case: {@code i, ii, iii, avr, avl, avf,
 * v1..v6}).
 *
 * <p>Limits: without a median beat (no beat fits 0.5 s before and 0.7 s after its R peak: records under about 1.2 s,
 * or flat) every output holds its fill and {@code morph.valid} is 0. A missing or flat lead has amplitudes 0, and no
 * axis when lead I or aVF is flat. Durations are those of the median beat, so a few ectopic beats do not move them.
 */
public final class MorphologyExpert extends FeatureExpert {

    static final String VERSION = "2";
    static final double FS = 500;
    /** The expert's name (registry, cache, reports); its outputs are prefixed {@link #PREFIX}. */
    static final String NAME = "morphology";
    static final String PREFIX = "morph";
    /** A beat correlating less than this with the median beat counts as an outlier (ectopic, aberrant or noisy). */
    static final double OUTLIER_CORRELATION = 0.9;

    /** Record-level outputs, in order; fills are typical adult values (axis: 0 for sine and cosine, i.e. no direction). */
    enum Out implements Feature {
        VALID("valid", 0, "1 when a median beat with QRS boundaries was found, else 0"),
        BEATS_USED("beats_used", 0, "beats in the median beat"),
        P_FOUND("p_found", 0, "1 when a PR interval was measured (at least half the beats have a P wave)"),
        T_FOUND("t_found", 0, "1 when a QT interval was measured (some beat has a T end)"),
        PR_MS("pr_ms", 160, "PR interval, P onset to QRS onset: median over the beats with a P wave"),
        QRS_MS("qrs_ms", 90, "QRS duration, QRS onset to offset: median over beats"),
        QT_MS("qt_ms", 400, "QT interval, QRS onset to T end: median over beats"),
        QTC_BAZETT_MS("qtc_bazett_ms", 420, "QT / sqrt(mean RR in s)"),
        QTC_FRIDERICIA_MS("qtc_fridericia_ms", 410, "QT / cbrt(mean RR in s)"),
        QRS_AXIS_DEG("qrs_axis_deg", 45, "frontal QRS axis from leads I and aVF, degrees in (-180, 180]"),
        QRS_AXIS_SIN("qrs_axis_sin", 0, "sine of the QRS axis"),
        QRS_AXIS_COS("qrs_axis_cos", 0, "cosine of the QRS axis"),
        T_AXIS_SIN("t_axis_sin", 0, "sine of the frontal T axis (T amplitudes in I and aVF)"),
        T_AXIS_COS("t_axis_cos", 0, "cosine of the frontal T axis"),
        QRS_T_ANGLE_DEG("qrs_t_angle_deg", 0, "frontal QRS-T angle, degrees in [0, 180]"),
        P_PRESENT_FRACTION("p_present_fraction", 0, "share of delineated beats with a P wave before the QRS"),
        BEAT_CORR_MEAN("beat_corr_mean", 1, "mean correlation of the beats with the median beat (all leads, R-0.2 s to R+0.4 s)"),
        BEAT_CORR_MIN("beat_corr_min", 1, "lowest correlation of a beat with the median beat"),
        OUTLIER_BEAT_FRACTION("outlier_beat_fraction", 0, "share of beats correlating below 0.9 with the median beat (ectopic beats)"),
        SPIKE_SCORE_MV("spike_score_mv", 0, "pacemaker spike score: median over leads and beats of the largest second difference near the QRS, mV at 500 Hz"),
        SOKOLOW_LYON_MV("sokolow_lyon_mv", 0, "S in V1 + the larger R of V5 and V6 (Sokolow-Lyon voltage)"),
        CORNELL_MV("cornell_mv", 0, "R in aVL + S in V3 (Cornell voltage), S taken as positive"),
        QRS_VOLTAGE_SUM_MV("qrs_voltage_sum_mv", 0, "sum over the twelve leads of the QRS peak-to-peak amplitude");

        private final Spec spec;

        Out(String key, double fill, String meaning) { spec = new Spec(key, fill, meaning); }

        @Override public Spec spec() { return spec; }
    }

    /** Per-lead outputs of the median beat, in mV from the isoelectric level (PR segment); fill 0. */
    enum LeadOut implements Feature {
        P_MV("p_mv", "P-wave amplitude, signed"),
        Q_MV("q_mv", "Q-wave amplitude, 0 or negative"),
        R_MV("r_mv", "R-wave amplitude, 0 or positive"),
        S_MV("s_mv", "S-wave amplitude, 0 or negative"),
        ST_MV("st_mv", "ST level at J+60 ms, signed"),
        T_MV("t_mv", "T-wave amplitude, signed");

        private final Spec spec;

        LeadOut(String key, String meaning) { spec = new Spec(key, 0, meaning); }

        @Override public Spec spec() { return spec; }
    }

    public MorphologyExpert() {
        super(NAME, VERSION, wholeRecord(FS, FeatureNames.of(PREFIX, Out.values(), TWELVE, LeadOut.values()), Normalisation.NONE),
                parameters(), "none");
    }

    private static Map<String, String> parameters() {
        Map<String, String> m = new TreeMap<>(BeatAnalysis.describe());
        m.put("morph.outlier_correlation", Double.toString(OUTLIER_CORRELATION));
        m.put("morph.correlation_window", BeatTemplateCorrelation.BEFORE_SECONDS + "s," + BeatTemplateCorrelation.AFTER_SECONDS + "s");
        m.put("morph.spike_window", PacingSpikes.BEFORE_SECONDS + "s," + PacingSpikes.AFTER_SECONDS + "s");
        m.put("morph.amplitudes", "iso=" + BeatAmplitudes.ISO_SECONDS + "s,st=" + BeatAmplitudes.ST_SECONDS + "s,t_start="
                + BeatAmplitudes.T_START_SECONDS + "s,t_fallback=" + BeatAmplitudes.T_FALLBACK_SECONDS + "s,p_fallback="
                + BeatAmplitudes.P_FALLBACK_SECONDS + "s");
        return m;
    }

    @Override
    float[] compute(float[][] item) {
        int nGlobal = Out.values().length, nLead = LeadOut.values().length;
        float[] out = new float[nGlobal + TWELVE.size() * nLead];
        Map<Out, Double> v = new EnumMap<>(Out.class);
        BeatAnalysis a = BeatAnalysis.of(item, FS);
        MedianBeat mb = a.beatCount() == 0 ? null : a.median();
        WaveBoundaries w = mb == null || mb.beatsUsed() == 0 ? null : a.medianBoundaries();
        if (w != null && w.qrsOnset() >= 0 && w.qrsOffset() > w.qrsOnset()) {
            Intervals iv = Intervals.of(a);
            WaveBoundaries forAmplitudes = new WaveBoundaries(w.pOnset(), w.qrsOnset(), w.rPeak(), w.qrsOffset(), tEnd(w, iv, mb));
            float[][] t = mb.leads();
            BeatAmplitudes[] amp = new BeatAmplitudes[t.length];
            for (int l = 0; l < t.length; l++) {
                amp[l] = BeatAmplitudes.of(t[l], FS, forAmplitudes);
                writeLead(out, nGlobal + l * nLead, amp[l]);
            }
            measure(v, a, mb, w, iv, t, amp);
        }
        for (Out o : Out.values()) out[o.ordinal()] = o.of(v.getOrDefault(o, Double.NaN));
        return out;
    }

    /**
     * PR, QRS and QT as the medians over beats of each beat's own boundaries: each beat is delineated knowing its
     * neighbours, which keeps the T-end search off the next beat (a lone median beat at a fast rate holds the next P
     * wave and QRS inside its 0.7 s). PR only when at least half the beats have a P wave. A T end at or past the next beat's QRS onset (the delineator can run on at fast
     * rates) is not a T end: that beat's QT is left out. Mean RR for QTc. NaN where no beat had the boundaries.
     */
    private record Intervals(double prMs, double qrsMs, double qtMs, double rrMs) {
        static Intervals of(BeatAnalysis a) {
            WaveBoundaries[] b = a.perBeat();
            double[] pr = new double[b.length], qrs = new double[b.length], qt = new double[b.length];
            int np = 0, nq = 0, nt = 0;
            for (int i = 0; i < b.length; i++) {
                WaveBoundaries x = b[i];
                if (!Double.isNaN(x.prMs(FS))) pr[np++] = x.prMs(FS);
                if (!Double.isNaN(x.qrsMs(FS))) qrs[nq++] = x.qrsMs(FS);
                int next = i + 1 < b.length ? (b[i + 1].qrsOnset() >= 0 ? b[i + 1].qrsOnset() : b[i + 1].rPeak()) : Integer.MAX_VALUE;
                if (!Double.isNaN(x.qtMs(FS)) && x.tEnd() < next) qt[nt++] = x.qtMs(FS);
            }
            // A PR needs P waves on at least half the beats: the odd deflection found before a fibrillating beat is no P wave.
            double prMs = np >= Math.max(1, nq) / 2.0 ? median(pr, np) : Double.NaN;
            return new Intervals(prMs, median(qrs, nq), median(qt, nt), RrIntervals.statistics(a.beats(), FS).meanRrMs());
        }

        private static double median(double[] v, int n) {
            if (n == 0) return Double.NaN;
            double[] s = java.util.Arrays.copyOf(v, n);
            java.util.Arrays.sort(s);
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }
    }

    /**
     * Where the T wave of the median beat ends, for its amplitude: QRS onset plus the beats' median QT; without one,
     * the R peak plus 0.45 s; in both cases no later than the R peak plus 0.6 of the mean RR, so the window stops
     * before the next beat's P wave and QRS, which a fast rate brings inside the template.
     */
    private static int tEnd(WaveBoundaries w, Intervals iv, MedianBeat mb) {
        int last = mb.leads()[0].length - 1;
        int end = Double.isNaN(iv.qtMs()) ? w.rPeak() + (int) Math.round(BeatAmplitudes.T_FALLBACK_SECONDS * FS)
                : w.qrsOnset() + (int) Math.round(iv.qtMs() * FS / 1000);
        if (!Double.isNaN(iv.rrMs())) end = Math.min(end, w.rPeak() + (int) Math.round(0.6 * iv.rrMs() * FS / 1000));
        return Math.min(last, end);
    }

    private static void writeLead(float[] out, int at, BeatAmplitudes b) {
        double[] vals = {b.pMv(), b.qMv(), b.rMv(), b.sMv(), b.stMv(), b.tMv()};
        LeadOut[] keys = LeadOut.values();
        for (int j = 0; j < keys.length; j++) out[at + j] = keys[j].of(vals[j]);
    }

    private static void measure(Map<Out, Double> v, BeatAnalysis a, MedianBeat mb, WaveBoundaries w, Intervals iv, float[][] t,
                                BeatAmplitudes[] amp) {
        v.put(Out.VALID, 1.0);
        v.put(Out.BEATS_USED, (double) mb.beatsUsed());
        v.put(Out.P_FOUND, Double.isNaN(iv.prMs()) ? 0.0 : 1.0);
        v.put(Out.T_FOUND, Double.isNaN(iv.qtMs()) ? 0.0 : 1.0);
        v.put(Out.PR_MS, iv.prMs());
        v.put(Out.QRS_MS, iv.qrsMs());
        double qt = iv.qtMs();
        v.put(Out.QT_MS, qt);
        double rrS = iv.rrMs() / 1000;
        v.put(Out.QTC_BAZETT_MS, qt / Math.sqrt(rrS));
        v.put(Out.QTC_FRIDERICIA_MS, qt / Math.cbrt(rrS));
        int iI = TWELVE.indexOf(LeadName.I), iF = TWELVE.indexOf(LeadName.AVF);
        double qrsAxis = a.flat(iI) && a.flat(iF) ? Double.NaN : QrsAxis.degrees(t[iI], t[iF], w.qrsOnset(), w.qrsOffset());
        v.put(Out.QRS_AXIS_DEG, qrsAxis);
        v.put(Out.QRS_AXIS_SIN, Math.sin(Math.toRadians(qrsAxis)));
        v.put(Out.QRS_AXIS_COS, Math.cos(Math.toRadians(qrsAxis)));
        double tI = amp[iI].tMv(), tF = amp[iF].tMv();
        double tAxis = tI == 0 && tF == 0 ? Double.NaN : Math.toDegrees(Math.atan2(tF, tI));
        v.put(Out.T_AXIS_SIN, Math.sin(Math.toRadians(tAxis)));
        v.put(Out.T_AXIS_COS, Math.cos(Math.toRadians(tAxis)));
        v.put(Out.QRS_T_ANGLE_DEG, Math.abs(((qrsAxis - tAxis) % 360 + 540) % 360 - 180));
        v.put(Out.P_PRESENT_FRACTION, pPresent(a));
        double[] corr = BeatTemplateCorrelation.of(a.filtered(), FS, a.beats(), mb);
        double sum = 0, min = Double.NaN;
        int n = 0, outliers = 0;
        for (double c : corr) {
            if (Double.isNaN(c)) continue;
            sum += c;
            n++;
            min = Double.isNaN(min) ? c : Math.min(min, c);
            if (c < OUTLIER_CORRELATION) outliers++;
        }
        v.put(Out.BEAT_CORR_MEAN, n > 0 ? sum / n : Double.NaN);
        v.put(Out.BEAT_CORR_MIN, min);
        v.put(Out.OUTLIER_BEAT_FRACTION, n > 0 ? outliers / (double) n : Double.NaN);
        v.put(Out.SPIKE_SCORE_MV, PacingSpikes.score(a.leads(), FS, a.beats()));
        BeatAmplitudes v1 = amp[TWELVE.indexOf(LeadName.V1)], v3 = amp[TWELVE.indexOf(LeadName.V3)];
        BeatAmplitudes v5 = amp[TWELVE.indexOf(LeadName.V5)], v6 = amp[TWELVE.indexOf(LeadName.V6)];
        BeatAmplitudes avl = amp[TWELVE.indexOf(LeadName.AVL)];
        v.put(Out.SOKOLOW_LYON_MV, -v1.sMv() + Math.max(v5.rMv(), v6.rMv()));
        v.put(Out.CORNELL_MV, avl.rMv() - v3.sMv());
        double volt = 0;
        for (BeatAmplitudes b : amp) volt += b.rMv() - Math.min(b.qMv(), b.sMv());
        v.put(Out.QRS_VOLTAGE_SUM_MV, volt);
    }

    /** Share of beats with QRS boundaries that also have a P onset. */
    private static double pPresent(BeatAnalysis a) {
        int with = 0, delineated = 0;
        for (WaveBoundaries b : a.perBeat()) {
            if (b.qrsOnset() < 0) continue;
            delineated++;
            if (b.pOnset() >= 0) with++;
        }
        return delineated == 0 ? Double.NaN : with / (double) delineated;
    }

    /** Every output name with its meaning and fill, for docs. */
    static List<String[]> describeOutputs() {
        List<String[]> out = new java.util.ArrayList<>();
        for (Out o : Out.values()) out.add(new String[] {PREFIX + "." + o.key(), o.meaning(), Double.toString(o.fill())});
        for (LeadOut o : LeadOut.values()) out.add(new String[] {PREFIX + ".<lead>." + o.key(), o.meaning(), Double.toString(o.fill())});
        return out;
    }
}
