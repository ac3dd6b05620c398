package org.enecg.expert.builtin;

import static org.enecg.expert.builtin.BuiltinFixtures.embed;
import static org.enecg.expert.builtin.BuiltinFixtures.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.enecg.data.ManifestRow;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.Annotation;
import org.enecg.io.wfdb.AnnotationReader;
import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MorphologyExpertTest {

    private final MorphologyExpert morph = new MorphologyExpert();

    private float v(float[] out, String key) { return value(morph, out, "morph." + key); }

    private static SyntheticEcg normal() { return new SyntheticEcg(500, 10).heartRate(70).noise(0.01).seed(3); }

    /**
     * The synthetic beat (SyntheticEcg): P 0.15 mV at -160 ms (sigma 20), Q -0.10 at -25 (sigma 8), R 1.2 at 0
     * (sigma 10), S -0.25 at +25 (sigma 8), T 0.30 at +280 (sigma 40). By hand: QRS onset and offset where the slope
     * falls to 5 % of the R upstroke's (72.8 mV/s) about 2 sigma outside Q and S, so QRS about 90 ms (onset -45 ms);
     * P onset by the tangent at the P wave's steepest point (-180 ms, 0.091 mV, 4.55 mV/s) meeting 0 at -200 ms, so PR
     * about 155 ms; T end by the tangent at +320 ms (0.182 mV, -4.55 mV/s) meeting 0 at +360 ms, so QT about 405 ms.
     * Amplitudes: R 1.2, T 0.3, P 0.15; S and Q shallower than their waves by the R wave's tail (0.053 mV at 25 ms).
     */
    @Test
    void intervalsAndAmplitudesOfTheSyntheticBeat() {
        float[] out = embed(morph, BuiltinFixtures.twelveLead("n", 500, normal(), ones()));
        assertEquals(1, v(out, "valid"));
        assertEquals(90, v(out, "qrs_ms"), 12);
        assertEquals(155, v(out, "pr_ms"), 15);
        assertEquals(405, v(out, "qt_ms"), 20);
        double rr = 60.0 / 70;
        assertEquals(v(out, "qt_ms") / Math.sqrt(rr), v(out, "qtc_bazett_ms"), 3);
        assertEquals(v(out, "qt_ms") / Math.cbrt(rr), v(out, "qtc_fridericia_ms"), 3);
        for (String lead : List.of("i", "ii", "v6")) {
            assertEquals(1.2, v(out, lead + ".r_mv"), 0.05, lead);
            assertEquals(0.30, v(out, lead + ".t_mv"), 0.03, lead);
            assertEquals(0.15, v(out, lead + ".p_mv"), 0.03, lead);
            assertEquals(-0.20, v(out, lead + ".s_mv"), 0.04, lead);
            assertEquals(-0.07, v(out, lead + ".q_mv"), 0.04, lead);
            assertEquals(0, v(out, lead + ".st_mv"), 0.02, lead);
        }
        assertEquals(1, v(out, "p_present_fraction"), 0);
        assertEquals(0, v(out, "outlier_beat_fraction"), 0);
        assertTrue(v(out, "beat_corr_min") > 0.98);
    }

    @ParameterizedTest(name = "axis {0} degrees")
    @ValueSource(ints = {-45, 0, 60, 120})
    void axisFollowsTheAmplitudesOfLeadsIAndAvf(int degrees) {
        double[] s = ones();
        s[0] = Math.cos(Math.toRadians(degrees));
        s[5] = Math.sin(Math.toRadians(degrees));
        float[] out = embed(morph, BuiltinFixtures.twelveLead("a", 500, normal(), s));
        assertEquals(degrees, v(out, "qrs_axis_deg"), 2);
        assertEquals(Math.sin(Math.toRadians(degrees)), v(out, "qrs_axis_sin"), 0.03);
        assertEquals(Math.cos(Math.toRadians(degrees)), v(out, "qrs_axis_cos"), 0.03);
        assertEquals(Math.sin(Math.toRadians(degrees)), v(out, "t_axis_sin"), 0.05, "T waves scale with the QRS here");
        assertEquals(0, v(out, "qrs_t_angle_deg"), 4);
    }

    @Test
    void voltageCriteriaAreSumsOfTheLeadAmplitudes() {
        double[] s = ones();
        s[6] = 1.5;  // V1
        s[8] = 0.7;  // V3
        s[10] = 2.0; // V5
        s[4] = 1.3;  // aVL
        float[] out = embed(morph, BuiltinFixtures.twelveLead("v", 500, normal(), s));
        assertEquals(-v(out, "v1.s_mv") + Math.max(v(out, "v5.r_mv"), v(out, "v6.r_mv")), v(out, "sokolow_lyon_mv"), 1e-5);
        assertEquals(v(out, "avl.r_mv") - v(out, "v3.s_mv"), v(out, "cornell_mv"), 1e-5);
        assertEquals(2.0 * 1.2 + 1.5 * 0.2, v(out, "sokolow_lyon_mv"), 0.12);
    }

    @Test
    void wideQrsPacingSpikesAndMissingPWavesShow() {
        float[] n = embed(morph, BuiltinFixtures.twelveLead("n", 500, normal()));
        float[] wide = embed(morph, BuiltinFixtures.twelveLead("w", 500, normal().qrsWidth(1.6)));
        float[] paced = embed(morph, BuiltinFixtures.twelveLead("p", 500, normal().paced()));
        float[] af = embed(morph, BuiltinFixtures.twelveLead("f", 500, normal().fibrillation(0.25)));
        assertTrue(v(wide, "qrs_ms") > v(n, "qrs_ms") + 30, "wide " + v(wide, "qrs_ms") + " normal " + v(n, "qrs_ms"));
        assertTrue(v(paced, "spike_score_mv") > 20 * v(n, "spike_score_mv"), "paced " + v(paced, "spike_score_mv"));
        assertTrue(v(n, "p_present_fraction") > 0.9);
        assertTrue(v(af, "p_present_fraction") < 0.2, "no P waves: " + v(af, "p_present_fraction"));
        assertEquals(0, v(af, "p_found"));
    }

    @Test
    void anEctopicBeatIsAnOutlier() {
        SyntheticEcg ecg = normal();
        float[] x = ecg.signal(), pvc = new SyntheticEcg(500, 10).heartRate(70).qrsScale(-1).qrsWidth(2).noise(0.01).seed(3).signal();
        int r = ecg.beatSamples()[5];
        for (int i = r - 150; i <= r + 200; i++) x[i] = pvc[i];
        List<float[]> leads = new ArrayList<>();
        for (int l = 0; l < 12; l++) leads.add(x);
        List<String> names = LeadName.STANDARD_ORDER.stream().map(LeadName::label).toList();
        float[] out = embed(morph, BuiltinFixtures.of("pvc", 500, names, leads));
        assertTrue(v(out, "beat_corr_min") < 0.5, "min " + v(out, "beat_corr_min"));
        // 70 bpm from 0.35 s: 11 beats, all with room for the correlation window (R-0.2 s to R+0.4 s).
        assertEquals(1.0 / 11, v(out, "outlier_beat_fraction"), 1e-6, "one beat of eleven");
    }

    @Test
    void ludbIntervalsAgreeWithTheLeadIiAnnotations() throws Exception {
        List<Double> pr = new ArrayList<>(), qrs = new ArrayList<>(), qt = new ArrayList<>();
        for (int rec = 1; rec <= 30; rec++) {
            float[] out = embed(morph, BuiltinFixtures.ludb(rec));
            double[] ann = annotated(rec);
            if (v(out, "p_found") == 1 && !Double.isNaN(ann[0])) pr.add(Math.abs(v(out, "pr_ms") - ann[0]));
            if (!Double.isNaN(ann[1])) qrs.add(Math.abs(v(out, "qrs_ms") - ann[1]));
            if (v(out, "t_found") == 1 && !Double.isNaN(ann[2])) qt.add(Math.abs(v(out, "qt_ms") - ann[2]));
        }
        assertTrue(qrs.size() >= 28 && pr.size() >= 20 && qt.size() >= 28, "measured " + pr.size() + " " + qrs.size() + " " + qt.size());
        assertTrue(median(qrs) < 15, "QRS median |error| " + median(qrs));
        assertTrue(median(pr) < 20, "PR median |error| " + median(pr));
        assertTrue(median(qt) < 30, "QT median |error| " + median(qt));
    }

    @Test
    void ludbFirstDegreeAvBlockHasALongPr() {
        List<ManifestRow> avb = BuiltinFixtures.rows(r -> r.recordId().startsWith("ludb/") && r.label("report_label").equals("5"), 6);
        int longPr = 0;
        for (ManifestRow r : avb) if (v(embed(morph, BuiltinFixtures.read(r)), "pr_ms") > 190) longPr++;
        assertTrue(longPr >= 5, longPr + " of " + avb.size() + " records with 1st-degree AV block have PR > 190 ms");
    }

    @Test
    void withoutAMedianBeatEveryOutputIsItsFill() {
        for (Record r : List.of(BuiltinFixtures.twelveLead("flat", 500, normal(), new double[12]),
                BuiltinFixtures.twelveLead("1s", 500, new SyntheticEcg(500, 1.0).heartRate(70)))) {
            float[] out = embed(morph, r);
            for (MorphologyExpert.Out o : MorphologyExpert.Out.values()) assertEquals(o.fill(), out[o.ordinal()], 0, r.id() + " " + o.key());
            for (int i = MorphologyExpert.Out.values().length; i < out.length; i++) assertEquals(0, out[i], 0);
        }
    }

    @Test
    void missingLimbLeadsLeaveTheAxisUndefined() {
        SyntheticEcg ecg = normal();
        float[] out = embed(morph, BuiltinFixtures.of("two", 500, List.of("II", "V1"), List.of(ecg.signal(), ecg.signal())));
        assertEquals(1, v(out, "valid"));
        assertEquals(45, v(out, "qrs_axis_deg"), 0, "fill");
        assertEquals(0, v(out, "qrs_axis_sin"), 0);
        assertEquals(0, v(out, "i.r_mv"), 0);
        assertEquals(1.2, v(out, "ii.r_mv"), 0.05);
    }

    @Test
    void deterministic() {
        Record r = BuiltinFixtures.ludb(12);
        assertArrayEquals(embed(morph, r), embed(new MorphologyExpert(), r));
    }

    private static double[] ones() {
        double[] s = new double[12];
        Arrays.fill(s, 1);
        return s;
    }

    /** Median PR, QRS and QT over the beats of the lead II annotations of a LUDB record, ms (NaN when none). */
    private static double[] annotated(int rec) throws Exception {
        List<Annotation> an = AnnotationReader.read(java.nio.file.Path.of("data/bundled/ludb/data/" + rec + ".ii")).list();
        List<Double> pr = new ArrayList<>(), qrs = new ArrayList<>(), qt = new ArrayList<>();
        long pOn = -1, qOn = -1;
        for (int i = 0; i < an.size(); i++) {
            String s = an.get(i).symbol();
            if (!s.equals("p") && !s.equals("N") && !s.equals("t")) continue;
            long on = i > 0 && an.get(i - 1).symbol().equals("(") ? an.get(i - 1).sample() : -1;
            long off = i + 1 < an.size() && an.get(i + 1).symbol().equals(")") ? an.get(i + 1).sample() : -1;
            if (s.equals("p")) {
                pOn = on;
            } else if (s.equals("N")) {
                qOn = on;
                if (pOn >= 0 && on >= 0) pr.add((on - pOn) * 2.0);
                if (on >= 0 && off >= 0) qrs.add((off - on) * 2.0);
                pOn = -1;
            } else {
                if (qOn >= 0 && off >= 0) qt.add((off - qOn) * 2.0);
                qOn = -1;
            }
        }
        return new double[] {median(pr), median(qrs), median(qt)};
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) return Double.NaN;
        double[] s = v.stream().mapToDouble(d -> d).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

}
