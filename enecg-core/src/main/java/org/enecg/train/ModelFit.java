package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingRows;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ExpertInfo;
import org.enecg.model.FeatureScaler;
import org.enecg.model.FrozenCache;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelConfig;
import org.enecg.model.PreparedInputs;
import org.enecg.model.TargetScaler;
import org.enecg.nn.Matrix;
import org.enecg.split.Holdout;

/**
 * Builds a fresh model on some training rows and runs the {@link EpochLoop} over it: scalers from the labelled rows,
 * a subject-wise validation split when stopping early, then the class decisions chosen on the inner validation. With
 * frozen heads (the staged schedule's gate stage) the heads are copied in and only the gate trains, on the heads'
 * own outputs or on cross-fitted ones.
 */
final class ModelFit {
    private ModelFit() {}

    static Fitted fit(TrainConfig tc, FrozenCache cache, TrainingData data, ModelConfig config, int[] rows, int fold,
                      Map<String, EnEcgModel> frozenHeads, Map<String, CrossFitted> crossFitted) {
        long started = System.nanoTime();
        int[] labelled = labelledRows(data, rows);
        if (labelled.length == 0) {
            throw new IllegalArgumentException("no training record has a label for any of " + data.tasks().stream().map(Task::name).toList());
        }
        int[] fit = labelled;
        int[] val = new int[0];
        if (tc.earlyStopping()) {
            int[][] split = Holdout.bySubject(data::subjectOf, labelled, tc.validationFraction(), Seeds.derive(tc.seed(), fold, Seeds.Stream.SPLIT));
            if (split[0].length > 0 && split[1].length > 0) {
                fit = split[0];
                val = split[1];
            }
        }
        EnEcgModel.Builder b = builder(tc, data, config, labelled, fold);
        if (frozenHeads != null) {
            List<String> names = data.table().expertNames();
            HeadShape[][] shapes = new HeadShape[names.size()][data.tasks().size()];
            for (int e = 0; e < names.size(); e++) {
                for (int t = 0; t < data.tasks().size(); t++) shapes[e][t] = frozenHeads.get(names.get(e)).headShape(0, t);
            }
            b.headShapes(shapes);
            for (String e : names) b.headsFrom(frozenHeads.get(e));
        }
        EnEcgModel model = b.build();
        int[] used = concat(fit, val);
        EmbeddingRows sub = data.table().select(used);
        long precomputeFloats = (long) sub.size() * (config.headHidden() * (long) data.table().nExperts() * data.tasks().size()
                + (long) config.gateHidden() * data.tasks().size());
        PreparedInputs in = model.prepare(sub, precomputeFloats <= tc.precomputeLimit(), cache);
        Matrix[][] fixedHeads = frozenHeads == null ? null
                : crossFitted != null ? CrossFitted.headOutputs(model, used, crossFitted) : model.headOutputs(in);
        double[][] targets = standardisedTargets(data, model, used);
        boolean gateOnly = frozenHeads != null;
        double lr = gateOnly ? tc.gateLearningRate() : tc.learningRate();
        int patience = gateOnly && tc.gatePatience() > 0 ? tc.gatePatience() : tc.patience();
        FitResult result = new EpochLoop(lr, patience, tc, fold).run(model, in, fixedHeads, targets, range(0, fit.length),
                range(fit.length, used.length), gateOnly ? model.gateParameters() : model.trainableParameters(), data, val);
        // inner-validation outputs for the decision rule: every row's cross-fitted outputs, else the validation split's
        int[] inner = crossFitted != null ? range(0, used.length) : range(fit.length, used.length);
        EnEcgModel decided = model.withDecisions(DecisionChoice.choose(model, tc.decision(), data.labels(), labelled,
                DecisionChoice.Outputs.inferred(model, in, fixedHeads, inner, used)));
        String schedule = gateOnly ? "staged, gate over frozen heads" + (crossFitted != null ? " (cross-fitted outputs)" : "") + "; " : "";
        return new Fitted(decided, result, schedule, lr, fit.length, val.length, in.precomputed(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A builder of a fresh model over the data's experts and tasks: feature scalers and regression target scalers from
     * {@code rows} (each when the configuration standardises them), the gate's width as its {@link org.enecg.model.GateSource} says,
     * initial values from (seed, fold).
     */
    static EnEcgModel.Builder builder(TrainConfig tc, TrainingData data, ModelConfig config, int[] rows, int fold) {
        EmbeddingRows table = data.table();
        List<ExpertInfo> experts = new ArrayList<>();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (int e = 0; e < table.nExperts(); e++) {
            experts.add(new ExpertInfo(table.expertNames().get(e), table.fingerprint(e), table.dim(e)));
            scalers.add(config.standardiseFeatures() ? FeatureScaler.fit(table, e, rows) : FeatureScaler.identity(table.dim(e)));
        }
        List<TargetScaler> targets = new ArrayList<>();
        for (Task t : data.tasks()) {
            boolean scaled = !t.type().isClassification() && config.standardiseTargets();
            targets.add(scaled ? TargetScaler.fit(data.labels().of(t.name()), rows) : TargetScaler.identity());
        }
        return EnEcgModel.builder(config, data.tasks(), experts).gate(config.gateSource().width(table, experts), data.gateInput())
                .featureScalers(scalers).targetScalers(targets).initSeed(Seeds.derive(tc.seed(), fold, Seeds.Stream.INIT));
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

    static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }
}
