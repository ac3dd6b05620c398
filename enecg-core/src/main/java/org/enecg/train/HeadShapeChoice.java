package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Task;
import org.enecg.model.ClassDecisions;
import org.enecg.model.Combination;
import org.enecg.model.EnEcgModel;
import org.enecg.model.HeadShape;

/**
 * What {@link Trainer#trainExpert} does (documented there): one expert's heads of the model's own shape and, with an
 * alternative head shape, of that shape too, keeping per task the head of lower cross-fitted (or validation) loss, read
 * from the fits' values. Each model's provenance is written once, when it is final.
 */
final class HeadShapeChoice {
    private HeadShapeChoice() {}

    static ExpertHeads train(Trainer trainer, TrainingData data, String expert, int[] rows, int fold) {
        TrainConfig tc = trainer.trainConfig();
        boolean crossFitting = tc.gateFolds() >= 2;
        HeadShape own = HeadShape.of(trainer.modelConfig());
        Fitted a = trainer.fitSingle(data, expert, rows, fold, own);
        CrossFitted ca = crossFitting ? trainer.crossFit(data, expert, rows, fold, own) : null;
        HeadShape alt = tc.alternativeHead();
        if (alt == null || alt.equals(own)) {
            EnEcgModel m = a.with(a.model().withDecisions(decisions(tc, a.model(), ca, data, rows))).finish(tc, fold);
            return new ExpertHeads(m, ca, List.of(), List.of());
        }
        Fitted b = trainer.fitSingle(data, expert, rows, fold, alt);
        CrossFitted cb = crossFitting ? trainer.crossFit(data, expert, rows, fold, alt) : null;
        List<Task> tasks = data.tasks();
        boolean[] useAlt = new boolean[tasks.size()];
        List<double[]> losses = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            double[] y = data.labels().of(tasks.get(t).name());
            double la = crossFitting ? ca.loss(t, tasks.get(t), y, a.model().targetScalers().get(t)) : a.result().bestValidationLoss(t);
            double lb = crossFitting ? cb.loss(t, tasks.get(t), y, b.model().targetScalers().get(t)) : b.result().bestValidationLoss(t);
            useAlt[t] = lb < la;      // NaN (no labels) keeps the model's own shape
            losses.add(new double[] {la, lb});
        }
        CrossFitted cc = crossFitting ? CrossFitted.pick(ca, cb, useAlt) : null;
        EnEcgModel composite = compose(trainer, data, expert, rows, fold, a, b, useAlt, losses, crossFitting, cc);
        List<HeadShape> shapes = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) shapes.add(useAlt[t] ? alt : own);
        return new ExpertHeads(composite, cc, shapes, losses);
    }

    /** The class decisions per {@link TrainConfig#decision()}: chosen on the cross-fitted outputs when there are some. */
    private static ClassDecisions decisions(TrainConfig tc, EnEcgModel m, CrossFitted cf, TrainingData data, int[] rows) {
        return DecisionChoice.choose(m, tc.decision(), data.labels(), rows, cf == null ? null : DecisionChoice.Outputs.of(cf));
    }

    /**
     * The single-expert model whose head for task t is {@code b}'s where {@code useAlt[t]}, else {@code a}'s; both trained on
     * the same rows with the same seed, so scalers and frozen weights agree (checked by the copy).
     */
    private static EnEcgModel compose(Trainer trainer, TrainingData data, String expert, int[] rows, int fold, Fitted a, Fitted b,
                                      boolean[] useAlt, List<double[]> losses, boolean crossFitting, CrossFitted cc) {
        TrainConfig tc = trainer.trainConfig();
        TrainingData one = data.withExperts(List.of(expert));
        HeadShape[][] shapes = new HeadShape[1][useAlt.length];
        for (int t = 0; t < useAlt.length; t++) shapes[0][t] = (useAlt[t] ? b : a).model().headShape(0, t);
        EnEcgModel.Builder builder = ModelFit.builder(tc, one, trainer.modelConfig().toBuilder().combination(Combination.UNIFORM).build(),
                ModelFit.labelledRows(one, rows), fold).headShapes(shapes);
        for (int t = 0; t < useAlt.length; t++) builder.headFrom((useAlt[t] ? b : a).model(), t, t);
        EnEcgModel m = builder.build();
        int[] best = new int[useAlt.length];
        double[][] curves = new double[useAlt.length][];
        StringBuilder choice = new StringBuilder();
        for (int t = 0; t < useAlt.length; t++) {
            FitResult r = (useAlt[t] ? b : a).result();
            best[t] = r.bestEpochs()[t];
            curves[t] = r.validationLoss()[t];
            choice.append(t == 0 ? "" : ", ").append(data.tasks().get(t).name()).append(' ').append(shapes[0][t])
                    .append(String.format(java.util.Locale.ROOT, " (%.4f vs %.4f)", losses.get(t)[useAlt[t] ? 1 : 0], losses.get(t)[useAlt[t] ? 0 : 1]));
        }
        FitResult ra = a.result();
        FitResult shown = new FitResult(Math.max(ra.epochsRun(), b.result().epochsRun()), best, ra.trainLoss(), curves, ra.stopping(), ra.patience());
        m = m.withDecisions(decisions(tc, m, cc, data, rows));
        return a.with(m).finish(tc, fold, "; heads per task by " + (crossFitting ? "cross-fitted" : "validation") + " loss: " + choice, shown,
                a.millis() + b.millis());
    }
}
