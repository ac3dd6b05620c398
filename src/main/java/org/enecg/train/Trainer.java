package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Task;
import org.enecg.model.BatchStep;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FeatureScaler;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelProvenance;
import org.enecg.model.PreparedInputs;
import org.enecg.model.TargetScaler;
import org.enecg.model.TrainingLog;
import org.enecg.nn.AdamW;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;

/**
 * Trains an {@link EnEcgModel}. The trainer is configuration; every {@link #train} call builds a fresh model, a
 * fresh AdamW and fresh random streams derived from (seed, fold), so no state passes from one fold to the next
 * (the authors' code reused one model and optimiser across folds) and results do not depend on what ran before.
 *
 * <p>Scalers (expert features and regression targets) come from the training rows only. With early stopping,
 * a share of the training subjects is held out, the loss on it (sum over tasks) is checked after every epoch,
 * and the weights of the best epoch are kept.
 */
public final class Trainer {
    private final ModelConfig modelConfig;
    private final TrainConfig trainConfig;

    public Trainer(ModelConfig modelConfig, TrainConfig trainConfig) {
        this.modelConfig = java.util.Objects.requireNonNull(modelConfig, "modelConfig");
        this.trainConfig = java.util.Objects.requireNonNull(trainConfig, "trainConfig");
    }

    public ModelConfig modelConfig() { return modelConfig; }

    public TrainConfig trainConfig() { return trainConfig; }

    /** Trains on every row of the data (a final model, fold -1). */
    public EnEcgModel train(TrainingData data) {
        int[] all = new int[data.table().size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return train(data, all, -1);
    }

    /**
     * Trains on the given rows of the data.
     *
     * @param rows training rows of {@code data.table()}; rows without any label are ignored
     * @param fold cross-validation fold (for seeding and provenance), or -1
     */
    public EnEcgModel train(TrainingData data, int[] rows, int fold) {
        long started = System.nanoTime();
        List<Task> tasks = data.tasks();
        int[] labelled = labelledRows(data, rows);
        if (labelled.length == 0) throw new IllegalArgumentException("no training record has a label for any of " + names(tasks));
        int[] fit = labelled;
        int[] val = new int[0];
        if (trainConfig.earlyStopping()) {
            int[][] split = SubjectGroups.holdOut(data, labelled, trainConfig.validationFraction(),
                    Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.SPLIT));
            if (split[0].length > 0 && split[1].length > 0) {
                fit = split[0];
                val = split[1];
            }
        }
        EnEcgModel model = newModel(data, labelled, fold);
        EmbeddingTable sub = data.table().select(concat(fit, val));
        long precomputeFloats = (long) sub.size() * (modelConfig.headHidden() * (long) data.table().nExperts() * tasks.size()
                + modelConfig.gateHidden());
        PreparedInputs in = model.prepare(sub, precomputeFloats <= trainConfig.precomputeLimit());
        double[][] targets = standardisedTargets(data, model, concat(fit, val));
        int[] fitRows = range(0, fit.length);
        int[] valRows = range(fit.length, fit.length + val.length);

        AdamW opt = new AdamW(model.parameters(), trainConfig.learningRate(), 0.9, 0.999, 1e-8, trainConfig.weightDecay());
        SplittableRandom shuffle = new SplittableRandom(Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.SHUFFLE));
        SplittableRandom dropout = new SplittableRandom(Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.DROPOUT));
        boolean stopping = val.length > 0;
        EarlyStopping best = new EarlyStopping(model.trainableParameters(), trainConfig.patience());
        List<Double> trainLoss = new ArrayList<>();
        List<Double> valLoss = new ArrayList<>();
        int epoch = 0;
        while (epoch < trainConfig.maxEpochs()) {
            epoch++;
            shuffleInPlace(fitRows, shuffle);
            double sum = 0;
            int batches = 0;
            for (int start = 0; start < fitRows.length; start += trainConfig.batchSize()) {
                int[] batch = java.util.Arrays.copyOfRange(fitRows, start, Math.min(fitRows.length, start + trainConfig.batchSize()));
                opt.zeroGrad();
                double[] l = BatchStep.run(model, in, batch, targets, Pass.training(dropout), true);
                opt.step();
                sum += total(l);
                batches++;
            }
            trainLoss.add(sum / batches);
            if (stopping) {
                double v = Validation.loss(model, in, valRows, targets);
                valLoss.add(v);
                if (best.update(epoch, v)) break;
            }
        }
        int bestEpoch = epoch;
        if (stopping) {
            best.restore();
            bestEpoch = best.bestEpoch();
        }
        TrainingLog log = new TrainingLog(stopping ? "early stopping" : "fixed epochs", trainConfig.learningRate(), trainConfig.batchSize(),
                trainConfig.maxEpochs(), stopping ? trainConfig.patience() : 0, epoch, bestEpoch, fit.length, val.length,
                toArray(trainLoss), toArray(valLoss), in.precomputed(), (System.nanoTime() - started) / 1_000_000);
        model.setProvenance(ModelProvenance.now(trainConfig.seed(), fold, log));
        return model;
    }

    private EnEcgModel newModel(TrainingData data, int[] rows, int fold) {
        EmbeddingTable table = data.table();
        List<ExpertInfo> experts = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (EmbeddingTable.ExpertOutputs eo : table.experts()) {
            experts.add(new ExpertInfo(eo.expert(), eo.fingerprint(), eo.dim()));
            scalers.add(modelConfig.standardiseFeatures() ? FeatureScaler.fit(eo.rows(), rows, eo.dim()) : FeatureScaler.identity(eo.dim()));
        }
        List<TargetScaler> targets = new ArrayList<>();
        for (Task t : data.tasks()) {
            targets.add(t.type().isClassification() ? TargetScaler.identity() : TargetScaler.fit(data.labels().of(t.name()), rows));
        }
        return new EnEcgModel(modelConfig, data.tasks(), experts, table.gateDim(), data.gateInput(), scalers, targets,
                Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.INIT));
    }

    /** [task][i] = label of {@code rows[i]}, standardised for regression. */
    static double[][] standardisedTargets(TrainingData data, EnEcgModel model, int[] rows) {
        List<Task> tasks = model.tasks();
        double[][] out = new double[tasks.size()][rows.length];
        for (int t = 0; t < tasks.size(); t++) {
            double[] y = data.labels().of(tasks.get(t).name());
            TargetScaler s = model.targetScalers().get(t);
            for (int i = 0; i < rows.length; i++) out[t][i] = s.scale(y[rows[i]]);
        }
        return out;
    }

    private static int[] labelledRows(TrainingData data, int[] rows) {
        List<double[]> ys = new ArrayList<>();
        for (Task t : data.tasks()) ys.add(data.labels().of(t.name()));
        return java.util.Arrays.stream(rows).filter(r -> ys.stream().anyMatch(y -> !Double.isNaN(y[r]))).toArray();
    }

    static double total(double[] perTask) {
        double s = 0;
        for (double v : perTask) if (!Double.isNaN(v)) s += v;
        return s;
    }

    private static void shuffleInPlace(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    private static double[] toArray(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<String> names(List<Task> tasks) {
        return tasks.stream().map(Task::name).toList();
    }

    /** Keeps a copy of the best epoch's trainable weights. */
    static final class EarlyStopping {
        private final List<Param> params;
        private final int patience;
        private final float[][] snapshot;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private int bestEpoch;

        EarlyStopping(List<Param> params, int patience) {
            this.params = params;
            this.patience = patience;
            this.snapshot = new float[params.size()][];
        }

        /** Records an epoch's validation loss; returns true when training should stop. */
        boolean update(int epoch, double loss) {
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = epoch;
                for (int i = 0; i < params.size(); i++) snapshot[i] = params.get(i).value().clone();
            }
            return epoch - bestEpoch >= patience;
        }

        void restore() {
            if (bestEpoch == 0) return;
            for (int i = 0; i < params.size(); i++) System.arraycopy(snapshot[i], 0, params.get(i).value(), 0, snapshot[i].length);
        }

        int bestEpoch() { return bestEpoch; }
    }
}
