package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.model.BatchStep;
import org.enecg.model.EnEcgModel;
import org.enecg.model.PreparedInputs;
import org.enecg.nn.AdamW;
import org.enecg.nn.Matrix;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;

/**
 * The one training loop every schedule runs: per epoch the fitting rows in a seeded random order, mini-batches of
 * them gathered by row index, an AdamW step per batch that moves only the parameters of tasks with a label in the batch,
 * then the validation loss per task and early stopping ({@link Stopping}). It changes only the given parameters, and returns what happened as a {@link FitResult}.
 *
 * @param learningRate AdamW learning rate
 * @param patience     early-stopping patience (0: the full number of epochs)
 * @param config       batch size, epochs, weight decay, seed
 * @param fold         the fold the random streams derive from
 */
record EpochLoop(double learningRate, int patience, TrainConfig config, int fold) {

    /**
     * Trains {@code trained} (parameters of {@code model}) on prepared rows {@code fitRows}, stopping early on
     * {@code valRows}.
     *
     * @param fixedHeads    head outputs to combine instead of running the heads ({@link BatchStep}), or null
     * @param targets       [task][prepared row] standardised targets or class indices, NaN without a label
     * @param valTableRows  the validation rows as rows of the training data (to count their labels)
     */
    FitResult run(EnEcgModel model, PreparedInputs in, Matrix[][] fixedHeads, double[][] targets, int[] fitRows, int[] valRows,
                  List<Param> trained, TrainingData data, int[] valTableRows) {
        int[] order = fitRows.clone();
        AdamW opt = new AdamW(trained, learningRate, 0.9, 0.999, 1e-8, config.weightDecay());
        SplittableRandom shuffle = new SplittableRandom(Seeds.derive(config.seed(), fold, Seeds.Stream.SHUFFLE));
        SplittableRandom dropout = new SplittableRandom(Seeds.derive(config.seed(), fold, Seeds.Stream.DROPOUT));
        Stopping stopping = Stopping.plan(model, data, valRows.length == 0 ? new int[0] : valTableRows, patience);
        List<Double> trainLoss = new ArrayList<>();
        int epoch = 0;
        while (epoch < config.maxEpochs() && stopping.anyTraining()) {
            epoch++;
            shuffleInPlace(order, shuffle);
            double sum = 0;
            int batches = 0;
            boolean[] enabled = stopping.training();
            for (int start = 0; start < order.length; start += config.batchSize()) {
                int[] batch = java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + config.batchSize()));
                opt.zeroGrad();
                double[] l = BatchStep.run(model, in, fixedHeads, batch, targets, Pass.training(dropout), true, enabled);
                opt.step(moving(model, l));
                sum += total(l);
                batches++;
            }
            trainLoss.add(sum / batches);
            if (stopping.active()) stopping.update(epoch, Validation.lossPerTask(model, in, fixedHeads, valRows, targets, enabled));
        }
        int[] best = stopping.finish(epoch);
        return new FitResult(epoch, best, trainLoss.stream().mapToDouble(Double::doubleValue).toArray(), stopping.curves(),
                stopping.policy(), stopping.active() ? patience : 0);
    }

    /** The parameters some task of the batch has a loss for (NaN: no label in the batch, or stopped); only they move. */
    private static java.util.function.Predicate<Param> moving(EnEcgModel model, double[] perTaskLoss) {
        java.util.Set<Param> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int t = 0; t < perTaskLoss.length; t++) if (!Double.isNaN(perTaskLoss[t])) used.addAll(model.network().parametersOf(t));
        return used::contains;
    }

    private static double total(double[] perTask) {
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
}
