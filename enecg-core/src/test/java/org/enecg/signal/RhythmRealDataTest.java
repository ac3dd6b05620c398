package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.enecg.io.Record;
import org.enecg.testing.LudbBeats;
import org.enecg.testing.RealEcg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RR statistics on LUDB: irregularity separates atrial fibrillation from sinus rhythm (records labelled
 * "Atrial fibrillation" vs "Sinus rhythm", "Sinus bradycardia" or "Sinus tachycardia" in ludb.csv, paced records
 * left out of both: a ventricular pacemaker makes AF regular), and the mean RR of detected beats agrees with the
 * mean RR of the expert's annotated beats (the rr_interval label of DESIGN.md section 5).
 */
class RhythmRealDataTest {

    private static final Set<String> SINUS = Set.of("Sinus rhythm", "Sinus bradycardia", "Sinus tachycardia");
    private static final List<RrStatistics> af = new ArrayList<>(), sinus = new ArrayList<>();
    private static final List<double[]> meanRr = new ArrayList<>(); // detected, annotated

    @BeforeAll
    static void measure() {
        Map<Integer, String> rhythm = RealEcg.ludbColumn("Rhythms"), pacing = RealEcg.ludbColumn("Cardiac pacing");
        for (int id = 1; id <= 200; id++) {
            Record r = RealEcg.ludb(id);
            int[] beats = QrsDetector.detect(RealEcg.leads(r), r.fs(), QrsConfig.defaults());
            RrStatistics s = RrIntervals.statistics(beats, r.fs());
            LudbBeats ann = LudbBeats.of(id, "ii");
            // Over the annotated span only: the expert skipped the first and last beats.
            int from = ann.spanFrom() - (int) (0.075 * r.fs()), to = ann.spanTo() + (int) (0.075 * r.fs());
            int[] inSpan = java.util.Arrays.stream(beats).filter(b -> b >= from && b <= to).toArray();
            meanRr.add(new double[] {RrIntervals.statistics(inSpan, r.fs()).meanRrMs(), RrIntervals.statistics(ann.rPeaks(), r.fs()).meanRrMs()});
            if (!pacing.get(id).isEmpty()) continue;
            if (rhythm.get(id).equals("Atrial fibrillation")) af.add(s);
            else if (SINUS.contains(rhythm.get(id))) sinus.add(s);
        }
    }

    /** Probability that a random AF record scores above a random sinus record (ties count half). */
    private static double auc(ToDoubleFunction<RrStatistics> f) {
        double wins = 0;
        for (RrStatistics a : af) for (RrStatistics s : sinus) {
            double x = f.applyAsDouble(a), y = f.applyAsDouble(s);
            wins += x > y ? 1 : x == y ? 0.5 : 0;
        }
        return wins / (af.size() * (double) sinus.size());
    }

    @Test
    void irregularityMeasuresSeparateAtrialFibrillationFromSinusRhythm() {
        assertEquals(11, af.size(), "non-paced AF records");
        assertEquals(163, sinus.size(), "non-paced sinus records");
        assertTrue(auc(RrStatistics::rmssdNormalised) >= 0.95, "AUC of normalised RMSSD " + auc(RrStatistics::rmssdNormalised));
        assertTrue(auc(RrStatistics::cvRr) >= 0.95, "AUC of CV of RR " + auc(RrStatistics::cvRr));
        assertTrue(auc(RrStatistics::pnn50Percent) >= 0.95, "AUC of pNN50 " + auc(RrStatistics::pnn50Percent));
    }

    @Test
    void meanRrOfDetectedBeatsMatchesTheAnnotatedBeats() {
        double err = 0;
        int within20 = 0;
        for (double[] m : meanRr) {
            err += Math.abs(m[0] - m[1]);
            if (Math.abs(m[0] - m[1]) <= 20) within20++;
        }
        err /= meanRr.size();
        assertTrue(err < 3, "mean |detected - annotated| mean RR " + err + " ms");
        assertTrue(within20 >= 198, within20 + " of 200 records within 20 ms");
    }
}
