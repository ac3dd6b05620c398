package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.io.Record;
import org.enecg.pipeline.RecordVariant;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the built-in features measured in physical units (ms, bpm, mV) describe the heart, not the recorder, so
 * the same ECG resampled to 250, 400 or 1000 Hz, or cut from 10 s to its first 7.3 s, must give nearly the same
 * values. Real LUDB records (500 Hz, 10 s); for each feature the mean |change| over the records and the largest are
 * bounded. The bounds sit above what the code gives today (measured on these records: at 250 Hz mean |change| of
 * rr_mean 0.03 ms, QRS 0.2 ms, QT 1.8 ms, R in II 0.018 mV; on 7.3 s rr_mean 5.1 ms, QT 2.8 ms, R in II 0.034 mV;
 * single records move more: QT 38 ms and R in II 0.25 mV on one record each), so a change that ties a feature to a
 * sample count or to the record's end fails here. The crop bounds on RR are wider: 7.3 s hold fewer beats of a
 * rhythm that varies with breathing.
 */
class RateLengthInvarianceTest {

    /** LUDB records 1 to 24: sinus rhythm and other rhythms, as they come in the bundle. */
    private static final int RECORDS = 24;

    /** A feature, its largest allowed mean |change| over the records, and its largest allowed single |change|. */
    private record Bound(String name, double mean, double max) {}

    /** Medians over beats: the same bounds for another rate and a shorter record. */
    private static final List<Bound> MORPHOLOGY = List.of(
            new Bound("morph.pr_ms", 6, 40),
            new Bound("morph.qrs_ms", 6, 30),
            new Bound("morph.qt_ms", 8, 60),
            new Bound("morph.ii.r_mv", 0.05, 0.3),
            new Bound("morph.ii.t_mv", 0.02, 0.1));

    private static final List<Bound> RATE = withMorphology(
            new Bound("rhythm.hr_bpm", 0.5, 3),
            new Bound("rhythm.rr_mean_ms", 3, 25),
            new Bound("rhythm.rr_median_ms", 3, 25));

    private static final List<Bound> LENGTH = withMorphology(
            new Bound("rhythm.hr_bpm", 1.5, 8),
            new Bound("rhythm.rr_mean_ms", 15, 80),
            new Bound("rhythm.rr_median_ms", 15, 80));

    private static List<Bound> withMorphology(Bound... rhythm) {
        List<Bound> out = new ArrayList<>(List.of(rhythm));
        out.addAll(MORPHOLOGY);
        return List.copyOf(out);
    }

    @Test
    void physicalFeaturesHoldAt250400And1000Hz() {
        for (double fs : new double[] {250, 400, 1000}) check(RecordVariant.resampledTo(fs), RATE);
    }

    @Test
    void physicalFeaturesHoldOnTheFirst7point3Seconds() {
        check(RecordVariant.croppedTo(7.3), LENGTH);
    }

    private static void check(RecordVariant variant, List<Bound> bounds) {
        Expert rhythm = new RhythmExpert(), morph = new MorphologyExpert();
        double[] sum = new double[bounds.size()], max = new double[bounds.size()];
        int compared = 0;
        for (int id = 1; id <= RECORDS; id++) {
            Record r = BuiltinFixtures.ludb(id);
            Record v = variant.apply(r);
            Features a = Features.of(r, rhythm, morph), b = Features.of(v, rhythm, morph);
            if (!a.valid() || !b.valid()) continue; // too few beats for either: the fills carry nothing to compare
            compared++;
            for (int k = 0; k < bounds.size(); k++) {
                double d = Math.abs(a.get(bounds.get(k).name()) - b.get(bounds.get(k).name()));
                sum[k] += d;
                max[k] = Math.max(max[k], d);
            }
        }
        assertTrue(compared >= RECORDS - 2, variant.name() + ": only " + compared + " records valid in both forms");
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (int k = 0; k < bounds.size(); k++) {
            Bound bd = bounds.get(k);
            double mean = sum[k] / compared;
            table.append(String.format(Locale.ROOT, "%s %s mean %.4f max %.4f%n", variant.name(), bd.name(), mean, max[k]));
            if (mean > bd.mean() || max[k] > bd.max()) {
                failures.add(String.format(Locale.ROOT, "%s: mean |change| %.3f (bound %.3f), largest %.3f (bound %.3f)",
                        bd.name(), mean, bd.mean(), max[k], bd.max()));
            }
        }
        System.out.print(table);
        assertTrue(failures.isEmpty(), variant.name() + " moved " + failures);
    }

    /** The named outputs of the rhythm and morphology experts for one record. */
    private record Features(List<String> names, float[] values) {

        static Features of(Record r, Expert rhythm, Expert morph) {
            float[] a = rhythm.embed(ExpertInput.prepare(r, rhythm.spec()));
            float[] b = morph.embed(ExpertInput.prepare(r, morph.spec()));
            List<String> names = new ArrayList<>(rhythm.spec().outputNames());
            names.addAll(morph.spec().outputNames());
            float[] v = new float[a.length + b.length];
            System.arraycopy(a, 0, v, 0, a.length);
            System.arraycopy(b, 0, v, a.length, b.length);
            return new Features(names, v);
        }

        boolean valid() { return get("rhythm.valid") == 1 && get("morph.valid") == 1; }

        double get(String name) {
            int i = names.indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no feature " + name);
            return values[i];
        }
    }
}
