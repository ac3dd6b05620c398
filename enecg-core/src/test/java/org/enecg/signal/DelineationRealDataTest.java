package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.enecg.io.Record;
import org.enecg.testing.LudbBeats;
import org.enecg.testing.RealEcg;
import org.junit.jupiter.api.Test;

/**
 * Delineation against LUDB's expert wave boundaries of lead II (the figures are recorded by
 * scripts/eval-signal.sh in docs/benchmarks/delineation.md), and the QRS axis against LUDB's axis labels.
 */
class DelineationRealDataTest {

    @Test
    void qrsOnsetAndOffsetWithin15MsOnLeadII() {
        double[] abs = new double[4];
        int[] n = new int[4];
        for (int id = 1; id <= 200; id++) {
            Record r = RealEcg.ludb(id);
            float[] ii = r.leads().get(1).samples();
            int[] beats = QrsDetector.detect(ii, r.fs());
            WaveBoundaries[] wb = Delineator.delineate(ii, r.fs(), beats, DelineationConfig.defaults());
            LudbBeats ref = LudbBeats.of(id, "ii");
            for (int k = 0; k < ref.rPeaks().length; k++) {
                int j = nearest(beats, ref.rPeaks()[k], (int) (0.15 * r.fs()));
                if (j < 0) continue;
                int[] want = {ref.qrsOnset()[k], ref.qrsOffset()[k]};
                int[] got = {wb[j].qrsOnset(), wb[j].qrsOffset()};
                for (int t = 0; t < 2; t++) {
                    if (want[t] < 0) continue;
                    // A boundary not found counts as a 100 ms error rather than being left out.
                    abs[t] += got[t] < 0 ? 100 : Math.abs(got[t] - want[t]) * 1000.0 / r.fs();
                    n[t]++;
                }
            }
        }
        assertTrue(n[0] > 1700 && n[1] > 1700, "annotated boundaries compared: " + n[0] + ", " + n[1]);
        assertTrue(abs[0] / n[0] <= 15, "QRS onset mean absolute error " + abs[0] / n[0] + " ms");
        assertTrue(abs[1] / n[1] <= 15, "QRS offset mean absolute error " + abs[1] / n[1] + " ms");
    }

    @Test
    void qrsAxisOrdersLudbsAxisLabels() {
        // LUDB (Russian convention): left deviation below 0, horizontal 0 to 30, normal 30 to 70, vertical 70 to 90 degrees.
        Map<Integer, String> label = RealEcg.ludbColumn("Electric axis of the heart");
        List<Double> left = new ArrayList<>(), horizontal = new ArrayList<>(), normal = new ArrayList<>(), vertical = new ArrayList<>();
        for (int id = 1; id <= 200; id++) {
            Record r = RealEcg.ludb(id);
            int[] beats = QrsDetector.detect(RealEcg.leads(r), r.fs(), QrsConfig.defaults());
            double axis = EcgIntervals.of(MedianBeat.of(RealEcg.leads(r), r.fs(), beats), 0, 5, DelineationConfig.defaults()).qrsAxisDegrees();
            String l = label.get(id);
            if (l.endsWith("left axis deviation")) left.add(axis);
            else if (l.endsWith("horizontal")) horizontal.add(axis);
            else if (l.endsWith("normal")) normal.add(axis);
            else if (l.endsWith("vertical")) vertical.add(axis);
        }
        double ml = median(left), mh = median(horizontal), mn = median(normal), mv = median(vertical);
        assertTrue(ml < 0 && ml < mh && mh < mn && mn < mv, "medians left " + ml + ", horizontal " + mh + ", normal " + mn + ", vertical " + mv);
        assertTrue(mh >= 0 && mh <= 30 && mn >= 30 && mn <= 70 && mv >= 60 && mv <= 95, "medians in their label's range: "
                + mh + ", " + mn + ", " + mv);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static int nearest(int[] beats, int at, int window) {
        int best = -1;
        for (int j = 0; j < beats.length; j++) {
            if (Math.abs(beats[j] - at) <= window && (best < 0 || Math.abs(beats[j] - at) < Math.abs(beats[best] - at))) best = j;
        }
        return best;
    }
}
