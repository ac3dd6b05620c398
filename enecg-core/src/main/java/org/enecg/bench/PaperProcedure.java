package org.enecg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Task;
import org.enecg.expert.Expert;
import org.enecg.expert.GateInput;
import org.enecg.model.BatchStep;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FeatureScaler;
import org.enecg.model.ModelOutputs;
import org.enecg.model.PreparedInputs;
import org.enecg.model.TargetScaler;
import org.enecg.nn.AdamW;
import org.enecg.nn.Pass;
import org.enecg.pipeline.Pipeline;
import org.enecg.train.Seeds;

/**
 * Procedure (b), the authors' (yuhaoxu99/EnECG {@code main.py}): the records are read and resampled once into memory
 * ({@link PreparedRecords}); then one task at a time, fold by fold, a fresh model is trained for a fixed number of
 * epochs, and every batch of every epoch runs every frozen expert's forward pass again ({@link ExpertForward}) before
 * the heads-and-gate step; after the epochs the fold's test records go through the experts and the model, in batches
 * of the same size. The heads, gate, optimiser, seeds, batches and dropout draws are the project's own
 * ({@link BatchStep}, {@link AdamW}, {@link Seeds}), so for the same expert outputs each (task, fold) model is the
 * one the project's trainer makes for that task alone. Unlike the authors' code, each fold starts from a fresh model
 * (their code carried the model over from fold to fold); that changes no cost.
 */
public final class PaperProcedure {
    private PaperProcedure() {}

    /** How much of the loop to run. */
    public enum Extent {
        /** Every task, fold and epoch. */
        FULL,
        /** Per task: fold 1's first epoch and fold 1's evaluation (together every labelled record once); the rest is extrapolated ({@link PaperCost}). */
        SAMPLE
    }

    /** Epoch number of a unit that evaluates the test fold. */
    public static final int EVALUATION = 0;
    /** Epoch number of the pass that fits the feature statistics (only for models that standardise expert outputs). */
    public static final int SCALER_PASS = -1;

    /**
     * One stretch of the loop and its cost.
     *
     * @param task        task name
     * @param fold        fold index
     * @param epoch       1.. for training epochs, {@link #EVALUATION}, or {@link #SCALER_PASS}
     * @param records     records that went through the experts
     * @param batches     batches
     * @param expertNanos wall time in the experts' forward passes
     * @param stepNanos   wall time in the trainable side (training steps, or inference for an evaluation)
     * @param setupNanos  building the fresh model and optimiser (counted on each fold's first epoch)
     * @param loss        mean training loss over the epoch's batches (NaN for other units)
     */
    public record Unit(String task, int fold, int epoch, int records, int batches, long expertNanos, long stepNanos, long setupNanos, double loss) {
        public long nanos() { return expertNanos + stepNanos + setupNanos; }
    }

    /**
     * @param loadSeconds  reading and preparing the records once
     * @param units        every stretch that ran, in order
     * @param counts       task → [fold] {labelled training records, labelled test records}, for every fold (also unrun ones)
     * @param scores       task → test metric over the folds that ran
     * @param models       task → the trained model of each fold that ran
     * @param skipped      records that could not be read or prepared, with the reason
     * @param forwards     records that went through the experts, in all
     * @param extent       what ran
     */
    public record Result(double loadSeconds, List<Unit> units, Map<String, int[][]> counts, Map<String, Double> scores,
                         Map<String, List<EnEcgModel>> models, List<String> skipped, long forwards, Extent extent) {
        /** Measured wall time: the load plus every unit. */
        public double measuredSeconds() {
            return loadSeconds + units.stream().mapToLong(Unit::nanos).sum() / 1e9;
        }
    }

    public static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup, Extent extent)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(setup.threads(), r -> {
            Thread t = new Thread(r, "enecg-bench-paper");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(data, experts, gate, setup, extent, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(BenchData data, List<? extends Expert> experts, GateInput gate, BenchSetup setup, Extent extent,
                              ExecutorService pool) throws InterruptedException {
        PreparedRecords prep = PreparedRecords.load(data, experts, gate, pool);
        ExpertForward forward = new ExpertForward(experts, pool);
        List<ExpertInfo> infos = new ArrayList<>();
        for (Expert e : experts) infos.add(new ExpertInfo(e.name(), e.fingerprint().id(), e.outputSize()));
        List<Unit> units = new ArrayList<>();
        Map<String, int[][]> counts = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<EnEcgModel>> models = new LinkedHashMap<>();
        List<String> ids = prep.ids();
        int folds = extent == Extent.FULL ? setup.folds() : 1;
        for (Task task : data.tasks()) {
            int[][] count = new int[setup.folds()][];
            for (int f = 0; f < setup.folds(); f++) {
                int[][] split = data.split(ids, f);
                count[f] = new int[] {labelled(data, prep, task, split[0]).length, labelled(data, prep, task, split[1]).length};
            }
            counts.put(task.name(), count);
            TaskScores score = new TaskScores(task);
            List<EnEcgModel> taskModels = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                int[][] split = data.split(ids, f);
                int[] train = labelled(data, prep, task, split[0]);
                int[] test = labelled(data, prep, task, split[1]);
                if (train.length == 0) continue;
                taskModels.add(trainFold(data, prep, forward, infos, gate, setup, task, f, train, test,
                        extent == Extent.FULL ? setup.epochs() : 1, units, score));
            }
            scores.put(task.name(), score.mean());
            models.put(task.name(), taskModels);
        }
        return new Result(prep.seconds(), units, counts, scores, models, prep.skipped(), forward.records(), extent);
    }

    /** One (task, fold): a fresh model, {@code epochs} epochs with the experts on every batch, then the test fold. */
    private static EnEcgModel trainFold(BenchData data, PreparedRecords prep, ExpertForward forward, List<ExpertInfo> infos, GateInput gate,
                                        BenchSetup setup, Task task, int fold, int[] train, int[] test, int epochs, List<Unit> units,
                                        TaskScores score) throws InterruptedException {
        long s0 = System.nanoTime();
        int batch = setup.training().batchSize();
        List<FeatureScaler> scalers = new ArrayList<>();
        if (setup.model().standardiseFeatures()) {
            scalers = scalerPass(prep, forward, infos, train, batch, task.name(), fold, units);
            s0 = System.nanoTime();
        } else {
            for (ExpertInfo e : infos) scalers.add(FeatureScaler.identity(e.dim()));
        }
        double[] y = new double[prep.items().size()];
        for (int i = 0; i < y.length; i++) y[i] = data.label(task.name(), prep.items().get(i).index());
        TargetScaler target = task.type().isClassification() ? TargetScaler.identity() : TargetScaler.fit(y, train);
        long initSeed = Seeds.derive(setup.seed(), fold, Seeds.Stream.INIT);
        EnEcgModel model = EnEcgModel.builder(setup.model(), List.of(task), infos).gate(gate.outputSize(), Pipeline.gateInputDescription(gate))
                .featureScalers(scalers).targetScalers(List.of(target)).initSeed(initSeed).build();
        AdamW opt = new AdamW(model.trainableParameters(), setup.training().learningRate(), 0.9, 0.999, 1e-8, setup.training().weightDecay());
        SplittableRandom shuffle = new SplittableRandom(Seeds.derive(setup.seed(), fold, Seeds.Stream.SHUFFLE));
        SplittableRandom dropout = new SplittableRandom(Seeds.derive(setup.seed(), fold, Seeds.Stream.DROPOUT));
        long setupNanos = System.nanoTime() - s0;
        int[] positions = CachedProcedure.range(train.length);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffleInPlace(positions, shuffle);
            long expert = 0, step = 0;
            double sum = 0;
            int batches = 0;
            for (int start = 0; start < positions.length; start += batch) {
                int[] rows = new int[Math.min(positions.length, start + batch) - start];
                for (int i = 0; i < rows.length; i++) rows[i] = train[positions[start + i]];
                long a = System.nanoTime();
                EmbeddingTable outputs = forward.run(items(prep, rows));
                long b = System.nanoTime();
                PreparedInputs in = model.prepare(outputs, false);
                double[][] targets = new double[1][rows.length];
                for (int i = 0; i < rows.length; i++) targets[0][i] = target.scale(y[rows[i]]);
                opt.zeroGrad();
                double[] loss = BatchStep.run(model, in, CachedProcedure.range(rows.length), targets, Pass.training(dropout), true);
                opt.step();
                step += System.nanoTime() - b;
                expert += b - a;
                sum += loss[0];
                batches++;
            }
            units.add(new Unit(task.name(), fold, epoch, train.length, batches, expert, step, epoch == 1 ? setupNanos : 0, sum / batches));
        }
        evaluate(prep, forward, model, y, test, batch, task, fold, units, score);
        return model;
    }

    /** The test fold through the experts and the model, in batches, in order; scored into {@code score}. */
    private static void evaluate(PreparedRecords prep, ExpertForward forward, EnEcgModel model, double[] y, int[] test, int batch, Task task,
                                 int fold, List<Unit> units, TaskScores score) throws InterruptedException {
        long expert = 0, step = 0;
        int batches = 0;
        double[][] values = new double[test.length][];
        for (int start = 0; start < test.length; start += batch) {
            int[] rows = Arrays.copyOfRange(test, start, Math.min(test.length, start + batch));
            long a = System.nanoTime();
            EmbeddingTable outputs = forward.run(items(prep, rows));
            long b = System.nanoTime();
            ModelOutputs out = model.infer(model.prepare(outputs, false), CachedProcedure.range(rows.length));
            for (int i = 0; i < rows.length; i++) values[start + i] = out.values()[0][i];
            step += System.nanoTime() - b;
            expert += b - a;
            batches++;
        }
        double[] truth = new double[test.length];
        for (int i = 0; i < test.length; i++) truth[i] = y[test[i]];
        score.addFold(truth, values);
        units.add(new Unit(task.name(), fold, EVALUATION, test.length, batches, expert, step, 0, Double.NaN));
    }

    /** For models that standardise expert outputs: one pass of the experts over the training records, in order. */
    private static List<FeatureScaler> scalerPass(PreparedRecords prep, ExpertForward forward, List<ExpertInfo> infos, int[] train, int batch,
                                                  String task, int fold, List<Unit> units) throws InterruptedException {
        long a = System.nanoTime();
        float[][][] rows = new float[infos.size()][train.length][];
        int batches = 0;
        for (int start = 0; start < train.length; start += batch) {
            int[] b = Arrays.copyOfRange(train, start, Math.min(train.length, start + batch));
            EmbeddingTable out = forward.run(items(prep, b));
            for (int e = 0; e < infos.size(); e++) System.arraycopy(out.experts().get(e).rows(), 0, rows[e], start, b.length);
            batches++;
        }
        long b = System.nanoTime();
        List<FeatureScaler> scalers = new ArrayList<>();
        int[] all = CachedProcedure.range(train.length);
        for (int e = 0; e < infos.size(); e++) scalers.add(FeatureScaler.fit(rows[e], all, infos.get(e).dim()));
        units.add(new Unit(task, fold, SCALER_PASS, train.length, batches, b - a, System.nanoTime() - b, 0, Double.NaN));
        return scalers;
    }

    /** Positions (into the prepared records) of the given ones that have a label for the task, ascending. */
    private static int[] labelled(BenchData data, PreparedRecords prep, Task task, int[] rows) {
        return Arrays.stream(rows).filter(r -> !Double.isNaN(data.label(task.name(), prep.items().get(r).index()))).toArray();
    }

    private static List<PreparedRecords.Item> items(PreparedRecords prep, int[] rows) {
        List<PreparedRecords.Item> out = new ArrayList<>(rows.length);
        for (int r : rows) out.add(prep.items().get(r));
        return out;
    }

    /** Fisher-Yates from the end, as the project's trainer shuffles (same stream, same order). */
    static void shuffleInPlace(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
