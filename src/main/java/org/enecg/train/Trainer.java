package org.enecg.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Task;
import org.enecg.model.BatchStep;
import org.enecg.model.ClassDecision;
import org.enecg.model.ClassPriors;
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
        boolean crossFitting = trainConfig.gateFolds() >= 2;
        HeadShape own = HeadShape.of(modelConfig);
        EnEcgModel a = trainSingle(data, expert, rows, fold, own);
        CrossFitted ca = crossFitting ? crossFit(data, expert, rows, fold, own) : null;
        HeadShape alt = trainConfig.alternativeHead();
        if (alt == null || alt.equals(own)) {
            chooseDecisions(a, ca, data, rows);
            return new ExpertHeads(a, ca, List.of(), List.of());
        }
        EnEcgModel b = trainSingle(data, expert, rows, fold, alt);
        CrossFitted cb = crossFitting ? crossFit(data, expert, rows, fold, alt) : null;
        List<Task> tasks = data.tasks();
        boolean[] useAlt = new boolean[tasks.size()];
        List<double[]> losses = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            double la = crossFitting ? ca.loss(t, tasks.get(t), data.labels().of(tasks.get(t).name()), a.targetScalers().get(t)) : validationLoss(a, t);
            double lb = crossFitting ? cb.loss(t, tasks.get(t), data.labels().of(tasks.get(t).name()), b.targetScalers().get(t)) : validationLoss(b, t);
            useAlt[t] = lb < la;      // NaN (no labels) keeps the model's own shape
            losses.add(new double[] {la, lb});
        }
        EnEcgModel composite = compose(data, expert, rows, fold, a, b, useAlt, losses, crossFitting);
        CrossFitted cc = crossFitting ? CrossFitted.pick(ca, cb, useAlt) : null;
        chooseDecisions(composite, cc, data, rows);
        List<HeadShape> shapes = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) shapes.add(useAlt[t] ? alt : own);
        return new ExpertHeads(composite, cc, shapes, losses);
    }

    /** A task's validation loss at the kept epoch, NaN when it had no validation labels. */
    private static double validationLoss(EnEcgModel m, int t) {
        TrainingLog log = m.provenance().training();
        int best = log.bestEpochs()[t];
        double[] curve = log.validationLoss()[t];
        return best >= 1 && best <= curve.length ? curve[best - 1] : Double.NaN;
    }

    /**
     * The single-expert model whose head for task t is {@code b}'s where {@code useAlt[t]}, else {@code a}'s; both trained on
     * the same rows with the same seed, so scalers and frozen weights agree (checked by the copy).
     */
    private EnEcgModel compose(TrainingData data, String expert, int[] rows, int fold, EnEcgModel a, EnEcgModel b, boolean[] useAlt,
                               List<double[]> losses, boolean crossFitting) {
        TrainingData one = data.withExperts(List.of(expert));
        HeadShape[][] shapes = new HeadShape[1][useAlt.length];
        for (int t = 0; t < useAlt.length; t++) shapes[0][t] = (useAlt[t] ? b : a).headShape(0, t);
        EnEcgModel m = newModel(one, modelConfig.withCombination(Combination.UNIFORM), labelledRows(one, rows), fold, shapes);
        for (int t = 0; t < useAlt.length; t++) m.copyHeadFrom(useAlt[t] ? b : a, t, t);
        TrainingLog la = a.provenance().training();
        TrainingLog lb = b.provenance().training();
        int[] best = new int[useAlt.length];
        double[][] curves = new double[useAlt.length][];
        StringBuilder choice = new StringBuilder();
        for (int t = 0; t < useAlt.length; t++) {
            TrainingLog l = useAlt[t] ? lb : la;
            best[t] = l.bestEpochs()[t];
            curves[t] = l.validationLoss()[t];
            choice.append(t == 0 ? "" : ", ").append(data.tasks().get(t).name()).append(' ').append(shapes[0][t])
                    .append(String.format(java.util.Locale.ROOT, " (%.4f vs %.4f)", losses.get(t)[useAlt[t] ? 1 : 0], losses.get(t)[useAlt[t] ? 0 : 1]));
        }
        String policy = la.policy() + "; heads per task by " + (crossFitting ? "cross-fitted" : "validation") + " loss: " + choice;
        TrainingLog log = new TrainingLog(policy, la.learningRate(), la.batchSize(), la.maxEpochs(), la.patience(),
                Math.max(la.epochsRun(), lb.epochsRun()), best, la.trainRecords(), la.validationRecords(), la.trainLoss(), curves,
                la.precomputedFrozen(), la.millis() + lb.millis());
        m.setProvenance(ModelProvenance.now(trainConfig.seed(), fold, log));
        return m;
    }

    /**
     * Sets each classification task's decision rule of a trained model per {@link TrainConfig#decision()}: CHOSEN
     * compares macro F1 of the two rules on the cross-fitted outputs {@code cf} of the training rows; without them it
     * keeps what training chose on the validation split. Class frequencies come from the labelled {@code rows}.
     */
    public void chooseDecisions(EnEcgModel model, CrossFitted cf, TrainingData data, int[] rows) {
        List<Task> tasks = model.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            if (!task.type().isClassification()) continue;
            double[] y = data.labels().of(task.name());
            if (data.labels().count(task.name(), rows) == 0) continue;
            double[] prior = ClassPriors.logPriors(y, rows, task.outputSize());
            switch (trainConfig.decision()) {
                case ARGMAX -> model.setClassDecision(t, null);
                case BALANCED -> model.setClassDecision(t, prior);
                case CHOSEN -> {
                    if (cf == null) continue;
                    List<double[]> logits = new ArrayList<>();
                    List<Integer> truth = new ArrayList<>();
                    for (int i = 0; i < cf.rows().length; i++) {
                        double label = y[cf.rows()[i]];
                        if (Double.isNaN(label)) continue;
                        logits.add(cf.values()[t][i]);
                        truth.add((int) label);
                    }
                    if (truth.isEmpty()) continue;
                    boolean balanced = ClassPriors.balancedIsBetter(logits.toArray(new double[0][]),
                            truth.stream().mapToInt(Integer::intValue).toArray(), prior);
                    model.setClassDecision(t, balanced ? prior : null);
                }
            }
        }
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
        int k = trainConfig.gateFolds();
        if (k < 2) throw new IllegalStateException("cross-fitting needs gate folds of at least 2, found " + k);
        int[][] inner = innerFolds(data, rows, k, Seeds.derive(trainConfig.seed(), fold, Seeds.Stream.CROSS_FIT));
        List<Task> tasks = data.tasks();
        double[][][] values = new double[tasks.size()][rows.length][];
        Map<Integer, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < rows.length; i++) at.put(rows[i], i);
        for (int j = 0; j < inner.length; j++) {
            if (inner[j].length == 0) continue;
            int[] train = without(rows, inner[j]);
            EnEcgModel m = trainSingle(data, expert, train, fold, shape);
            PreparedInputs in = m.prepare(data.withExperts(List.of(expert)).table().select(inner[j]), false);
            org.enecg.nn.Matrix[][] out = m.headOutputs(in);
            for (int t = 0; t < tasks.size(); t++) {
                boolean regression = !tasks.get(t).type().isClassification();
                for (int i = 0; i < inner[j].length; i++) {
                    double[] v = new double[out[0][t].cols];
                    for (int c = 0; c < v.length; c++) {
                        double y = out[0][t].get(i, c);
                        v[c] = regression ? m.targetScalers().get(t).unscale(y) : y;
                    }
                    values[t][at.get(inner[j][i])] = v;
                }
            }
        }
        return new CrossFitted(expert, rows, values);
    }

    /** The rows split by subject into k folds: subjects in seeded order, each to the fold with the fewest rows. */
    static int[][] innerFolds(TrainingData data, int[] rows, int k, long seed) {
        Map<String, int[]> groups = SubjectGroups.of(data, rows);
        List<List<Integer>> folds = new ArrayList<>();
        for (int j = 0; j < k; j++) folds.add(new ArrayList<>());
        for (String s : SubjectGroups.shuffled(groups, seed)) {
            int smallest = 0;
            for (int j = 1; j < k; j++) if (folds.get(j).size() < folds.get(smallest).size()) smallest = j;
            for (int r : groups.get(s)) folds.get(smallest).add(r);
        }
        int[][] out = new int[k][];
        for (int j = 0; j < k; j++) out[j] = SubjectGroups.sorted(folds.get(j));
        return out;
    }

    private static int[] without(int[] rows, int[] leave) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int r : leave) out.add(r);
        return java.util.Arrays.stream(rows).filter(r -> !out.contains(r)).toArray();
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
        EmbeddingTable sub = data.table().select(used);
        long precomputeFloats = (long) sub.size() * (config.headHidden() * (long) data.table().nExperts() * data.tasks().size()
                + (long) config.gateHidden() * data.tasks().size());
        PreparedInputs in = model.prepare(sub, precomputeFloats <= trainConfig.precomputeLimit(), cache);
        if (frozenHeads != null && crossFitted != null) model.freezeHeads(in, crossFittedOutputs(model, used, crossFitted));
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
        decide(model, data, labelled, in, crossFitted != null ? range(0, used.length) : valRows, used);
        String policy = (frozenHeads != null ? "staged, gate over frozen heads" + (crossFitted != null ? " (cross-fitted outputs)" : "") + "; " : "")
                + stopping.policy() + decisions(model);
        TrainingLog log = new TrainingLog(policy, lr, trainConfig.batchSize(), trainConfig.maxEpochs(),
                stopping.active() ? patience : 0, epoch, bestEpochs, fit.length, val.length, toArray(trainLoss),
                stopping.curves(), in.precomputed(), (System.nanoTime() - started) / 1_000_000);
        model.setProvenance(ModelProvenance.now(trainConfig.seed(), fold, log));
        return model;
    }

    /** [expert][task] the cross-fitted outputs of the {@code used} rows in the model's output space (standardised values, logits). */
    private static org.enecg.nn.Matrix[][] crossFittedOutputs(EnEcgModel model, int[] used, Map<String, CrossFitted> crossFitted) {
        List<Task> tasks = model.tasks();
        org.enecg.nn.Matrix[][] out = new org.enecg.nn.Matrix[model.experts().size()][tasks.size()];
        for (int e = 0; e < out.length; e++) {
            CrossFitted cf = crossFitted.get(model.experts().get(e).name());
            Map<Integer, Integer> at = cf.positions();
            for (int t = 0; t < tasks.size(); t++) {
                boolean regression = !tasks.get(t).type().isClassification();
                int width = tasks.get(t).outputSize();
                org.enecg.nn.Matrix m = new org.enecg.nn.Matrix(used.length, width);
                for (int i = 0; i < used.length; i++) {
                    Integer p = at.get(used[i]);
                    if (p == null) throw new IllegalArgumentException("no cross-fitted output of " + cf.expert() + " for row " + used[i]);
                    double[] v = cf.values()[t][p];
                    for (int c = 0; c < width; c++) {
                        m.data[i * width + c] = (float) (regression ? model.targetScalers().get(t).scale(v[c]) : v[c]);
                    }
                }
                out[e][t] = m;
            }
        }
        return out;
    }

    /**
     * Sets the class decisions of a freshly trained model per {@link TrainConfig#decision()}; CHOSEN compares the two
     * rules' macro F1 on the prepared rows {@code inner} ({@code used[i]} is row i's table row).
     */
    private void decide(EnEcgModel model, TrainingData data, int[] labelled, PreparedInputs in, int[] inner, int[] used) {
        List<Task> tasks = model.tasks();
        org.enecg.model.ModelOutputs out = null;
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            if (!task.type().isClassification() || trainConfig.decision() == ClassDecision.ARGMAX) continue;
            double[] y = data.labels().of(task.name());
            if (data.labels().count(task.name(), labelled) == 0) continue;
            double[] prior = ClassPriors.logPriors(y, labelled, task.outputSize());
            if (trainConfig.decision() == ClassDecision.BALANCED) {
                model.setClassDecision(t, prior);
                continue;
            }
            if (out == null) {
                if (inner.length == 0) return;
                out = model.infer(in, inner);     // argmax probabilities: no decision set yet
            }
            List<double[]> logits = new ArrayList<>();
            List<Integer> truth = new ArrayList<>();
            for (int i = 0; i < inner.length; i++) {
                double label = y[used[inner[i]]];
                if (Double.isNaN(label)) continue;
                double[] p = out.values()[t][i];
                double[] z = new double[p.length];
                for (int c = 0; c < p.length; c++) z[c] = Math.log(Math.max(p[c], Double.MIN_NORMAL));
                logits.add(z);
                truth.add((int) label);
            }
            if (truth.isEmpty()) continue;
            boolean balanced = ClassPriors.balancedIsBetter(logits.toArray(new double[0][]), truth.stream().mapToInt(Integer::intValue).toArray(), prior);
            model.setClassDecision(t, balanced ? prior : null);
        }
    }

    /** Replaces the class decisions named in the model's training log with those it has now. */
    private void logDecisions(EnEcgModel model) {
        if (model.provenance() == null) return;
        TrainingLog l = model.provenance().training();
        String policy = l.policy().replaceFirst("; class decision: [^;]*", "") + decisions(model);
        ModelProvenance p = model.provenance();
        model.setProvenance(new ModelProvenance(p.projectVersion(), p.trainedAt(), p.javaVersion(), p.osName(), p.osArch(), p.seed(), p.fold(),
                new TrainingLog(policy, l.learningRate(), l.batchSize(), l.maxEpochs(), l.patience(), l.epochsRun(), l.bestEpochs(),
                        l.trainRecords(), l.validationRecords(), l.trainLoss(), l.validationLoss(), l.precomputedFrozen(), l.millis())));
    }

    /** "; class decision: gender ARGMAX, ..." for the classification tasks, or "" under the paper's ARGMAX-only rule. */
    private String decisions(EnEcgModel model) {
        if (trainConfig.decision() == ClassDecision.ARGMAX) return "";
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < model.tasks().size(); t++) {
            if (!model.tasks().get(t).type().isClassification()) continue;
            b.append(b.length() == 0 ? "; class decision: " : ", ").append(model.tasks().get(t).name()).append(' ').append(model.classDecision(t));
        }
        return b.toString();
    }

    private EnEcgModel newModel(TrainingData data, ModelConfig config, int[] rows, int fold, HeadShape[][] shapes) {
        EmbeddingTable table = data.table();
        List<ExpertInfo> experts = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (EmbeddingTable.ExpertOutputs eo : table.experts()) {
            experts.add(new ExpertInfo(eo.expert(), eo.fingerprint(), eo.dim()));
            scalers.add(config.standardiseFeatures() ? FeatureScaler.fit(eo.rows(), rows, eo.dim()) : FeatureScaler.identity(eo.dim()));
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

    private static int[] labelledRows(TrainingData data, int[] rows) {
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
