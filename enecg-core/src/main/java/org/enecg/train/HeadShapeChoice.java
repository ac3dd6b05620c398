package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import org.enecg.data.Task;
import org.enecg.model.Combination;
import org.enecg.model.EnEcgModel;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelProvenance;
import org.enecg.model.TrainingLog;

/**
 * What {@link Trainer#trainExpert} does (documented there): one expert's heads of the model's own shape and, with an
 * alternative head shape, of that shape too, keeping per task the head of lower cross-fitted (or validation) loss.
 * Kept apart from the trainer, which holds the loop that fits one model.
 */
final class HeadShapeChoice {
    private final Trainer trainer;

    HeadShapeChoice(Trainer trainer) {
        this.trainer = trainer;
    }

    /** See {@link Trainer#trainExpert}. */
    ExpertHeads train(TrainingData data, String expert, int[] rows, int fold) {
        boolean crossFitting = trainer.trainConfig().gateFolds() >= 2;
        HeadShape own = HeadShape.of(trainer.modelConfig());
        EnEcgModel a = trainer.trainSingle(data, expert, rows, fold, own);
        CrossFitted ca = crossFitting ? trainer.crossFit(data, expert, rows, fold, own) : null;
        HeadShape alt = trainer.trainConfig().alternativeHead();
        if (alt == null || alt.equals(own)) {
            trainer.chooseDecisions(a, ca, data, rows);
            return new ExpertHeads(a, ca, List.of(), List.of());
        }
        EnEcgModel b = trainer.trainSingle(data, expert, rows, fold, alt);
        CrossFitted cb = crossFitting ? trainer.crossFit(data, expert, rows, fold, alt) : null;
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
        trainer.chooseDecisions(composite, cc, data, rows);
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
        EnEcgModel m = trainer.newModel(one, trainer.modelConfig().withCombination(Combination.UNIFORM), Trainer.labelledRows(one, rows), fold, shapes);
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
        m.setProvenance(ModelProvenance.now(trainer.trainConfig().seed(), fold, log));
        return m;
    }
}
