package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extrapolation's arithmetic on a made-up sample whose whole-loop cost is worked out by hand. */
class PaperCostTest {

    private static PaperProcedure.Unit unit(int epoch, int records, int batches, double expertS, double stepS, double setupS) {
        return new PaperProcedure.Unit("age", 0, epoch, records, batches, (long) (expertS * 1e9), (long) (stepS * 1e9), (long) (setupS * 1e9), 0);
    }

    @Test
    void extrapolatesByRecordsBatchesAndFolds() {
        // 3 folds of 10 training and 5 test records; batch 4; 5 epochs.
        List<PaperProcedure.Unit> sample = List.of(unit(1, 10, 3, 1.0, 0.3, 0.1), unit(PaperProcedure.EVALUATION, 5, 2, 0.5, 0.2, 0));
        PaperProcedure.Result r = new PaperProcedure.Result(2.0, sample, Map.of("age", new int[][] {{10, 5}, {10, 5}, {10, 5}}),
                Map.of(), Map.of(), List.of(), 15, PaperProcedure.Extent.SAMPLE);
        PaperCost x = PaperCost.extrapolated(r, 5, 4);
        // records: 3 × (5 × 10 + 5) = 165 at 1.5 s per 15 records
        assertEquals(165, x.forwards());
        assertEquals(16.5, x.expertSeconds(), 1e-9);
        // training batches: 3 folds × 5 epochs × ⌈10/4⌉ = 45 at 0.1 s
        assertEquals(4.5, x.stepSeconds(), 1e-9);
        // evaluation batches: 3 × ⌈5/4⌉ = 6 at 0.1 s
        assertEquals(0.6, x.evalSeconds(), 1e-9);
        assertEquals(0.3, x.setupSeconds(), 1e-9);
        assertEquals(2.0, x.loadSeconds(), 0);
        assertEquals(2.0 + 16.5 + 4.5 + 0.6 + 0.3, x.totalSeconds(), 1e-9);

        PaperCost m = PaperCost.measured(r);
        assertEquals(15, m.forwards());
        assertEquals(2.0 + 1.5 + 0.3 + 0.2 + 0.1, m.totalSeconds(), 1e-9);
        assertEquals(m.totalSeconds(), r.measuredSeconds(), 1e-9);
    }

    @Test
    void aFeatureStatisticsPassCountsOnceMorePerFold() {
        List<PaperProcedure.Unit> sample = List.of(unit(PaperProcedure.SCALER_PASS, 10, 3, 1.0, 0.05, 0), unit(1, 10, 3, 1.0, 0.3, 0.1),
                unit(PaperProcedure.EVALUATION, 5, 2, 0.5, 0.2, 0));
        PaperProcedure.Result r = new PaperProcedure.Result(0, sample, Map.of("age", new int[][] {{10, 5}, {10, 5}, {10, 5}}),
                Map.of(), Map.of(), List.of(), 25, PaperProcedure.Extent.SAMPLE);
        PaperCost x = PaperCost.extrapolated(r, 5, 4);
        // records: 3 × (5 × 10 + 5 + 10) = 195 at 2.5 s per 25 records
        assertEquals(195, x.forwards());
        assertEquals(19.5, x.expertSeconds(), 1e-9);
        assertEquals(0.3 + 3 * 0.05, x.setupSeconds(), 1e-9);
        assertEquals(0.1 + 0.05, PaperCost.measured(r).setupSeconds(), 1e-9);
    }
}
