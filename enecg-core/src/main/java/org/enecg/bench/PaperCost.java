package org.enecg.bench;

import java.util.List;
import java.util.Map;

/**
 * The paper procedure's whole cost from a sample of its loop, by the loop's exact counts. Per task the sample is fold
 * 1's first epoch and fold 1's evaluation (plus its feature-statistics pass, when the model has one): together they
 * send every labelled record of the task through the experts once. Over all folds each record goes through them
 * {@code epochs × (folds − 1) + 1} times (once more per training fold with a feature-statistics pass), so the experts'
 * time is the sample's time per record times the records the whole loop sends; training steps and evaluation batches
 * scale by their batch counts; building the model by the folds. The load is measured, not extrapolated.
 *
 * @param loadSeconds    reading and preparing the records (measured)
 * @param expertSeconds  the experts' forward passes
 * @param stepSeconds    training steps (heads and gates)
 * @param evalSeconds    inference on the test folds (the trainable side)
 * @param setupSeconds   building fresh models and optimisers
 * @param forwards       records sent through the experts
 */
public record PaperCost(double loadSeconds, double expertSeconds, double stepSeconds, double evalSeconds, double setupSeconds, long forwards) {

    public double totalSeconds() { return loadSeconds + expertSeconds + stepSeconds + evalSeconds + setupSeconds; }

    /** What ran, summed (every unit of the result). */
    public static PaperCost measured(PaperProcedure.Result r) {
        double expert = 0, step = 0, eval = 0, setup = 0;
        long forwards = 0;
        for (PaperProcedure.Unit u : r.units()) {
            expert += u.expertNanos() / 1e9;
            setup += u.setupNanos() / 1e9;
            if (u.epoch() == PaperProcedure.EVALUATION) eval += u.stepNanos() / 1e9;
            else if (u.epoch() == PaperProcedure.SCALER_PASS) setup += u.stepNanos() / 1e9;
            else step += u.stepNanos() / 1e9;
            forwards += u.records();
        }
        return new PaperCost(r.loadSeconds(), expert, step, eval, setup, forwards);
    }

    /** The whole loop ({@code epochs} epochs, every fold) extrapolated from each task's fold-1 sample in {@code r}. */
    public static PaperCost extrapolated(PaperProcedure.Result r, int epochs, int batchSize) {
        double expert = 0, step = 0, eval = 0, setup = 0;
        long forwards = 0;
        for (Map.Entry<String, int[][]> e : r.counts().entrySet()) {
            String task = e.getKey();
            int[][] counts = e.getValue();
            List<PaperProcedure.Unit> sample = r.units().stream().filter(u -> u.task().equals(task) && u.fold() == 0
                    && (u.epoch() == 1 || u.epoch() == PaperProcedure.EVALUATION || u.epoch() == PaperProcedure.SCALER_PASS)).toList();
            if (sample.isEmpty()) continue;
            boolean scalerPass = sample.stream().anyMatch(u -> u.epoch() == PaperProcedure.SCALER_PASS);
            long sampleRecords = 0, sampleExpert = 0;
            for (PaperProcedure.Unit u : sample) {
                sampleRecords += u.records();
                sampleExpert += u.expertNanos();
            }
            PaperProcedure.Unit first = one(sample, 1), evaluation = one(sample, PaperProcedure.EVALUATION);
            long records = 0, trainBatches = 0, evalBatches = 0;
            for (int[] c : counts) {
                records += (long) epochs * c[0] + c[1] + (scalerPass ? c[0] : 0);
                trainBatches += (long) epochs * batches(c[0], batchSize);
                evalBatches += batches(c[1], batchSize);
            }
            forwards += records;
            expert += sampleExpert / 1e9 * records / sampleRecords;
            step += first.stepNanos() / 1e9 * trainBatches / first.batches();
            if (evaluation != null && evaluation.batches() > 0) eval += evaluation.stepNanos() / 1e9 * evalBatches / evaluation.batches();
            setup += first.setupNanos() / 1e9 * counts.length;
            if (scalerPass) setup += one(sample, PaperProcedure.SCALER_PASS).stepNanos() / 1e9 * counts.length;
        }
        return new PaperCost(r.loadSeconds(), expert, step, eval, setup, forwards);
    }

    private static PaperProcedure.Unit one(List<PaperProcedure.Unit> units, int epoch) {
        return units.stream().filter(u -> u.epoch() == epoch).findFirst().orElse(null);
    }

    static long batches(int records, int batchSize) { return (records + batchSize - 1) / batchSize; }
}
