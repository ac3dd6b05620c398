package org.enecg.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.enecg.data.Task;
import org.enecg.model.ClassDecision;
import org.enecg.model.ClassDecisions;
import org.enecg.model.ClassPriors;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelOutputs;
import org.enecg.model.PreparedInputs;
import org.enecg.nn.Matrix;

/**
 * How training sets each classification task's class decision ({@link TrainConfig#decision()}): ARGMAX (the paper),
 * BALANCED (divide by the class frequencies of the labelled training rows, {@link ClassPriors#logPriors}), or CHOSEN:
 * whichever of the two scores the higher macro F1 on outputs of rows the heads did not learn from
 * ({@link ClassPriors#balancedIsBetter}). One rule for both places that choose: a freshly trained model on its
 * inner-validation outputs, and the staged schedule's single-expert heads on their cross-fitted outputs.
 */
final class DecisionChoice {
    private DecisionChoice() {}

    /**
     * Outputs to choose on.
     *
     * @param rows   table row of each output
     * @param logits per task [i] the logits (or log-probabilities) of {@code rows[i]}; asked at most once per task,
     *               and only when some row has that task's label
     */
    record Outputs(int[] rows, IntFunction<double[][]> logits) {
        /** Cross-fitted head outputs (logits). */
        static Outputs of(CrossFitted cf) {
            return new Outputs(cf.rows(), t -> cf.values()[t]);
        }

        /**
         * The model's own outputs for the prepared rows {@code inner} ({@code used[i]}: table row of prepared row i), as
         * log-probabilities; inferred once, when first asked, so before any decision is set (argmax probabilities).
         */
        static Outputs inferred(EnEcgModel model, PreparedInputs in, Matrix[][] fixedHeads, int[] inner, int[] used) {
            int[] rows = new int[inner.length];
            for (int i = 0; i < inner.length; i++) rows[i] = used[inner[i]];
            ModelOutputs[] out = new ModelOutputs[1];
            return new Outputs(rows, t -> {
                if (out[0] == null) out[0] = model.infer(in, fixedHeads, inner);
                double[][] p = out[0].values()[t];
                double[][] z = new double[p.length][];
                for (int i = 0; i < p.length; i++) {
                    z[i] = new double[p[i].length];
                    for (int c = 0; c < p[i].length; c++) z[i][c] = Math.log(Math.max(p[i][c], Double.MIN_NORMAL));
                }
                return z;
            });
        }
    }

    /**
     * The model's decisions with each classification task's that has a label among {@code trainRows} chosen by the rule
     * (its class frequencies come from those rows). CHOSEN leaves a task as it is when {@code inner} is null or none of
     * its rows has the label.
     */
    static ClassDecisions choose(EnEcgModel model, ClassDecision rule, Labels labels, int[] trainRows, Outputs inner) {
        ClassDecisions d = model.decisions();
        List<Task> tasks = model.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            if (!task.type().isClassification() || labels.count(task.name(), trainRows) == 0) continue;
            double[] y = labels.of(task.name());
            switch (rule) {
                case ARGMAX -> d = d.with(t, null);
                case BALANCED -> d = d.with(t, ClassPriors.logPriors(y, trainRows, task.outputSize()));
                case CHOSEN -> {
                    if (inner != null) d = chooseOne(d, t, y, ClassPriors.logPriors(y, trainRows, task.outputSize()), inner);
                }
            }
        }
        return d;
    }

    private static ClassDecisions chooseOne(ClassDecisions d, int t, double[] y, double[] prior, Outputs inner) {
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < inner.rows().length; i++) if (!Double.isNaN(y[inner.rows()[i]])) labelled.add(i);
        if (labelled.isEmpty()) return d;
        double[][] all = inner.logits().apply(t);
        double[][] logits = new double[labelled.size()][];
        int[] truth = new int[labelled.size()];
        for (int j = 0; j < truth.length; j++) {
            int i = labelled.get(j);
            logits[j] = all[i];
            truth[j] = (int) y[inner.rows()[i]];
        }
        return d.with(t, ClassPriors.balancedIsBetter(logits, truth, prior) ? prior : null);
    }

    /** "; class decision: gender ARGMAX, ..." for the classification tasks, or "" under the paper's ARGMAX-only rule. */
    static String describe(EnEcgModel model, ClassDecision rule) {
        if (rule == ClassDecision.ARGMAX) return "";
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < model.tasks().size(); t++) {
            if (!model.tasks().get(t).type().isClassification()) continue;
            b.append(b.length() == 0 ? "; class decision: " : ", ").append(model.tasks().get(t).name()).append(' ').append(model.classDecision(t));
        }
        return b.toString();
    }
}
