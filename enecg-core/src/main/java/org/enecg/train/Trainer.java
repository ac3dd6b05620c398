package org.enecg.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.model.BatchStep;
import org.enecg.model.Combination;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FeatureScaler;
import org.enecg.model.FrozenCache;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelProvenance;
import org.enecg.model.PreparedInputs;
import org.enecg.model.TargetScaler;
import org.enecg.model.TrainingLog;
import org.enecg.nn.AdamW;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;

/**
 * Trains an {@link EnEcgModel}. The trainer is configuration; every call builds fresh models, a fresh AdamW and
 * fresh random streams derived from (seed, fold), so no state passes from one fold to the next (the authors' code
 * reused one model and optimiser across folds) and results do not depend on what ran before.
 *
 * <p>Scalers (expert features and regression targets) come from the training rows only. With early stopping,
 * a share of the training subjects is held out and checked after every epoch; each task keeps the weights of
 * its best epoch ({@link Stopping}). {@link Schedule#STAGED} trains each expert alone first
 * ({@link #trainSingles}) and then the gate over those frozen heads ({@link #trainGate}).
 */
public final class Trainer {
    private final ModelConfig modelConfig;
    private final TrainConfig trainConfig;
    private final FrozenCache cache;

    public Trainer(ModelConfig modelConfig, TrainConfig trainConfig) {
        this(modelConfig, trainConfig, null);
    }

    /**
     * @param cache frozen first-layer outputs shared with other models of the same seed (see {@link FrozenCache});
     *              null for none. It changes no result, only time.
     */
    public Trainer(ModelConfig modelConfig, TrainConfig trainConfig, FrozenCache cache) {
        this.modelConfig = java.util.Objects.requireNonNull(modelConfig, "modelConfig");
        this.trainConfig = java.util.Objects.requireNonNull(trainConfig, "trainConfig");
        this.cache = cache;
    }

    public ModelConfig modelConfig() { return modelConfig; }

    public TrainConfig trainConfig() { return trainConfig; }

    /** Trains on every row of the data (a final model, fold -1). */
    public EnEcgModel train(TrainingData data) {
        return train(data, allRows(data), -1);
    }

    /**
     * Trains the configured model on the given rows of the data.
     *
     * @param rows training rows of {@code data.table()}; rows without any label are ignored
     * @param fold cross-validation fold (for seeding and provenance), or -1
     */
    public EnEcgModel train(TrainingData data, int[] rows, int fold) {
        if (!staged(data)) return fit(data, modelConfig, rows, fold, null, null);
        Map<String, EnEcgModel> singles = new LinkedHashMap<>();
        Map<String, CrossFitted> cf = new LinkedHashMap<>();
        for (String e : data.table().expertNames()) {
            ExpertHeads h = trainExpert(data, e, rows, fold);
            singles.put(e, h.single());
            cf.put(e, h.crossFitted());
        }
        return trainGate(data, rows, fold, singles, trainConfig.gateFolds() < 2 ? null : cf);
    }

    /**
     * One expert's heads as the staged schedule trains them: its heads alone ({@link #trainSingle}) and, with
     * {@link TrainConfig#gateFolds()} of 2 or more, their cross-fitted outputs ({@link #crossFit}). With
     * {@link TrainConfig#alternativeHead()}, the same again with that head shape, and per task the head whose
     * cross-fitted loss (without cross-fitting: validation loss) is lower is kept, with its cross-fitted outputs. The
     * single-expert model's class decisions follow {@link TrainConfig#decision()}, chosen on the cross-fitted outputs
     * when there are some.
     */
    public ExpertHeads trainExpert(TrainingData data, String expert, int[] rows, int fold) {
        return new HeadShapeChoice(this).train(data, expert, rows, fold);
    }

    /**
     * Sets each classification task's decision rule of a trained model per {@link TrainConfig#decision()}: CHOSEN
     * compares macro F1 of the two rules on the cross-fitted outputs {@code cf} of the training rows; without them it
     * keeps what training chose on the validation split. Class frequencies come from the labelled {@code rows}.
     */
    public void chooseDecisions(EnEcgModel model, CrossFitted cf, TrainingData data, int[] rows) {
        DecisionChoice.apply(model, trainConfig.decision(), data.labels(), rows, cf == null ? null : DecisionChoice.Outputs.of(cf));
        logDecisions(model);
    }

    /** Whether {@link #train} uses the staged schedule on this data (a gate over more than one expert). */
    public boolean staged(TrainingData data) {
        return trainConfig.schedule() == Schedule.STAGED && modelConfig.combination() == Combination.GATE && data.table().nExperts() > 1;
    }

    /**
     * The staged schedule's first stage: per expert of the table the single-expert model {@link #trainExpert} keeps
     * (uniform weights over one expert: its heads alone, each of the shape chosen for its task), trained on the given
     * rows. Their heads start exactly as the ensemble's heads would (same seed, same head names).
     */
    public Map<String, EnEcgModel> trainSingles(TrainingData data, int[] rows, int fold) {
        Map<String, EnEcgModel> singles = new LinkedHashMap<>();
        for (String expert : data.table().expertNames()) singles.put(expert, trainExpert(data, expert, rows, fold).single());
        return singles;
    }

    /** The heads of one expert alone, of the model's own shape. */
    public EnEcgModel trainSingle(TrainingData data, String expert, int[] rows, int fold) {
        return trainSingle(data, expert, rows, fold, HeadShape.of(modelConfig));
    }

    /** The heads of one expert alone, every head of the given shape. */
    public EnEcgModel trainSingle(TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        TrainingData one = data.withExperts(List.of(expert));
        return fit(one, shape.applyTo(modelConfig).withCombination(Combination.UNIFORM), rows, fold, null, null);
    }

    /**
     * Cross-fitted head outputs of one expert on {@code rows}: the rows are split by subject into
     * {@link TrainConfig#gateFolds()} inner folds (seeded from (seed, fold)), and each inner fold's outputs come from the
     * expert's heads trained on the other inner folds ({@link #trainSingle}, with its own early stopping). A gate
     * trained on heads' outputs for their own training rows learns to trust whichever head memorised them best; these
     * outputs are like those of new records.
     */
    public CrossFitted crossFit(TrainingData data, String expert, int[] rows, int fold) {
        return crossFit(data, expert, rows, fold, HeadShape.of(modelConfig));
    }

    /** As {@link #crossFit(TrainingData, String, int[], int)}, with heads of the given shape. */
    public CrossFitted crossFit(TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        return CrossFitting.crossFit(this, data, expert, rows, fold, shape);
    }

    /**
     * The staged schedule's second stage: an ensemble over the table's experts whose heads are copied from
     * {@code singles} (trained on the same rows, fold and seed) and frozen, and whose gate is trained.
     */
    public EnEcgModel trainGate(TrainingData data, int[] rows, int fold, Map<String, EnEcgModel> singles) {
        return trainGate(data, rows, fold, singles, null);
    }

    /**
     * As {@link #trainGate(TrainingData, int[], int, Map)}, the gate learning from cross-fitted head outputs
     * ({@link #crossFit}) of every expert instead of the frozen heads' outputs on their own training rows; null: the
     * latter. The model's heads are still {@code singles}' (trained on all of {@code rows}).
     */
    public EnEcgModel trainGate(TrainingData data, int[] rows, int fold, Map<String, EnEcgModel> singles, Map<String, CrossFitted> crossFitted) {
        for (String e : data.table().expertNames()) {
            if (!singles.containsKey(e)) throw new IllegalArgumentException("no trained heads for expert '" + e + "'; have " + singles.keySet());
            if (crossFitted != null && !crossFitted.containsKey(e)) {
                throw new IllegalArgumentException("no cross-fitted outputs for expert '" + e + "'; have " + crossFitted.keySet());
            }
        }
        return fit(data, modelConfig.withCombination(Combination.GATE), rows, fold, singles, crossFitted);
    }

    /**
     * Builds a fresh model and trains it; with {@code frozenHeads}, copies those heads in and trains only the gate, on
     * {@code crossFitted} head outputs when given.
     */
    private EnEcgModel fit(TrainingData data, ModelConfig config, int[] rows, int fold, Map<String, EnEcgModel> frozenHeads,
                           Map<String, CrossFitted> crossFitted) {
        long started = System.nanoTime();
        int[] labelled = labelledRows(data, rows);
        if (labelled.length == 0) {
            throw new IllegalArgumentException("no training record has a label for any of " + data.tasks().stream().map(Task::name).toList());
        }
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
        HeadShape[][] shapes = null;
        if (frozenHeads != null) {
            List<String> names = data.table().expertNames();
            shapes = new HeadShape[names.size()][data.tasks().size()];
            for (int e = 0; e < names.size(); e++) {
                for (int t = 0; t < data.tasks().size(); t++) shapes[e][t] = frozenHeads.get(names.get(e)).headShape(0, t);
            }
        }
        EnEcgModel model = newModel(data, config, labelled, fold, shapes);
        if (frozenHeads != null) for (String e : model.expertNames()) model.copyHeadsFrom(frozenHeads.get(e));
        int[] used = concat(fit, val);
        EmbeddingRows sub = data.table().select(used);
        long precomputeFloats = (long) sub.size() * (config.headHidden() * (long) data.table().nExperts() * data.tasks().size()
                + (long) config.gateHidden() * data.tasks().size());
        // precomputed frozen layers are held for every row: never more than a quarter of the heap (the rows themselves
        // may stream from disk, so the heap can be far smaller than the data; the outputs are the same either way)
        boolean precompute = precomputeFloats <= trainConfig.precomputeLimit() && precomputeFloats * Float.BYTES <= Runtime.getRuntime().maxMemory() / 4;
        PreparedInputs in = model.prepare(sub, precompute, cache);
        if (frozenHeads != null && crossFitted != null) model.freezeHeads(in, CrossFitted.headOutputs(model, used, crossFitted));
        else if (frozenHeads != null) model.freezeHeads(in);
        double[][] targets = standardisedTargets(data, model, used);
        int[] fitRows = range(0, fit.length);
        int[] valRows = range(fit.length, used.length);

        List<Param> trained = frozenHeads != null ? model.gateParameters() : model.trainableParameters();
        double lr = frozenHeads != null ? trainConfig.gateLearningRate() : trainConfig.learningRate();
        AdamW opt = new AdamW(trained, lr, 0.9, 0.999, 1e-8, trainConfig.weightDecay());
        SplittableRandom shuffle = new SplittableRandom(Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.SHUFFLE));
        SplittableRandom dropout = new SplittableRandom(Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.DROPOUT));
        int patience = frozenHeads != null && trainConfig.gatePatience() > 0 ? trainConfig.gatePatience() : trainConfig.patience();
        Stopping stopping = Stopping.plan(model, data, valRows.length == 0 ? new int[0] : val, patience);
        List<Double> trainLoss = new ArrayList<>();
        int epoch = 0;
        while (epoch < trainConfig.maxEpochs() && stopping.anyTraining()) {
            epoch++;
            shuffleInPlace(fitRows, shuffle);
            double sum = 0;
            int batches = 0;
            boolean[] enabled = stopping.training();
            for (int start = 0; start < fitRows.length; start += trainConfig.batchSize()) {
                int[] batch = java.util.Arrays.copyOfRange(fitRows, start, Math.min(fitRows.length, start + trainConfig.batchSize()));
                opt.zeroGrad();
                double[] l = BatchStep.run(model, in, batch, targets, Pass.training(dropout), true, enabled);
                opt.step();
                sum += total(l);
                batches++;
            }
            trainLoss.add(sum / batches);
            if (stopping.active()) stopping.update(epoch, Validation.lossPerTask(model, in, valRows, targets, enabled));
        }
        int[] bestEpochs = stopping.finish(epoch);
        // inner-validation outputs for the decision rule: every row's cross-fitted outputs, else the validation split's
        DecisionChoice.apply(model, trainConfig.decision(), data.labels(), labelled,
                DecisionChoice.Outputs.inferred(model, in, crossFitted != null ? range(0, used.length) : valRows, used));
        String policy = (frozenHeads != null ? "staged, gate over frozen heads" + (crossFitted != null ? " (cross-fitted outputs)" : "") + "; " : "")
                + stopping.policy() + DecisionChoice.describe(model, trainConfig.decision());
        TrainingLog log = new TrainingLog(policy, lr, trainConfig.batchSize(), trainConfig.maxEpochs(),
                stopping.active() ? patience : 0, epoch, bestEpochs, fit.length, val.length, toArray(trainLoss),
                stopping.curves(), in.precomputed(), (System.nanoTime() - started) / 1_000_000);
        model.setProvenance(ModelProvenance.now(trainConfig.seed(), fold, log));
        return model;
    }

    /** Replaces the class decisions named in the model's training log with those it has now. */
    private void logDecisions(EnEcgModel model) {
        if (model.provenance() == null) return;
        TrainingLog l = model.provenance().training();
        String policy = l.policy().replaceFirst("; class decision: [^;]*", "") + DecisionChoice.describe(model, trainConfig.decision());
        ModelProvenance p = model.provenance();
        model.setProvenance(new ModelProvenance(p.projectVersion(), p.trainedAt(), p.javaVersion(), p.osName(), p.osArch(), p.seed(), p.fold(),
                new TrainingLog(policy, l.learningRate(), l.batchSize(), l.maxEpochs(), l.patience(), l.epochsRun(), l.bestEpochs(),
                        l.trainRecords(), l.validationRecords(), l.trainLoss(), l.validationLoss(), l.precomputedFrozen(), l.millis())));
    }

    EnEcgModel newModel(TrainingData data, ModelConfig config, int[] rows, int fold, HeadShape[][] shapes) {
        EmbeddingRows table = data.table();
        List<ExpertInfo> experts = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (int e = 0; e < table.nExperts(); e++) {
            int ex = e, dim = table.dim(e);
            experts.add(new ExpertInfo(table.expertNames().get(e), table.fingerprint(e), dim));
            scalers.add(config.standardiseFeatures() ? FeatureScaler.fit(r -> table.row(ex, r), rows, dim) : FeatureScaler.identity(dim));
        }
        List<TargetScaler> targets = new ArrayList<>();
        for (Task t : data.tasks()) {
            targets.add(t.type().isClassification() ? TargetScaler.identity() : TargetScaler.fit(data.labels().of(t.name()), rows));
        }
        int gateDim = table.gateDim();
        if (config.gateSource() == org.enecg.model.GateSource.EXPERT_OUTPUTS) {
            gateDim = 0;
            for (ExpertInfo e : experts) gateDim += e.dim();
        } else if (config.gateSource() == org.enecg.model.GateSource.CONSTANT || config.gateSource() == org.enecg.model.GateSource.NONE) {
            gateDim = 1;
        }
        return new EnEcgModel(config, data.tasks(), experts, gateDim, data.gateInput(), scalers, targets,
                Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.INIT), shapes);
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

    static int[] labelledRows(TrainingData data, int[] rows) {
        List<double[]> ys = new ArrayList<>();
        for (Task t : data.tasks()) ys.add(data.labels().of(t.name()));
        return java.util.Arrays.stream(rows).filter(r -> ys.stream().anyMatch(y -> !Double.isNaN(y[r]))).toArray();
    }

    static int[] allRows(TrainingData data) {
        return range(0, data.table().size());
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
}
