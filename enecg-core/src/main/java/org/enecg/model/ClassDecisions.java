package org.enecg.model;

import java.util.List;
import org.enecg.data.Task;
import org.enecg.nn.Matrix;
import org.enecg.nn.Softmax;

/**
 * A model's class decision per task: none ({@link ClassDecision#ARGMAX}, the paper) or the log class frequencies of
 * the training records that a {@link ClassDecision#BALANCED} decision divides the probabilities by. Kept out of
 * {@link EnEcgModel} so that the model holds the network and this holds the rule.
 */
final class ClassDecisions {
    private final List<Task> tasks;
    private final double[][] logPriors;   // [task]: null under ARGMAX

    ClassDecisions(List<Task> tasks) {
        this.tasks = tasks;
        this.logPriors = new double[tasks.size()][];
    }

    ClassDecision decision(int t) {
        return logPriors[t] == null ? ClassDecision.ARGMAX : ClassDecision.BALANCED;
    }

    /** A copy of task {@code t}'s log priors, or null under ARGMAX. */
    double[] logPrior(int t) {
        return logPriors[t] == null ? null : logPriors[t].clone();
    }

    boolean anyBalanced() {
        for (double[] p : logPriors) if (p != null) return true;
        return false;
    }

    /** See {@link EnEcgModel#setClassDecision}. */
    void set(int t, double[] logPrior) {
        if (logPrior == null) {
            logPriors[t] = null;
            return;
        }
        Task task = tasks.get(t);
        if (!task.type().isClassification()) throw new IllegalArgumentException("task " + task.name() + " is not a classification task");
        if (logPrior.length != task.outputSize()) {
            throw new IllegalArgumentException("task " + task.name() + " has " + task.outputSize() + " classes, the prior " + logPrior.length);
        }
        for (double v : logPrior) if (!Double.isFinite(v)) throw new IllegalArgumentException("task " + task.name() + ": non-finite log prior " + v);
        logPriors[t] = logPrior.clone();
    }

    /** Task {@code t}'s reported probabilities for a batch of logits: softmax of the logits, minus the log priors if any. */
    Matrix probabilities(int t, Matrix logits) {
        double[] prior = logPriors[t];
        if (prior == null) return Softmax.rows(logits);
        Matrix m = new Matrix(logits.rows, logits.cols);
        for (int i = 0; i < logits.rows; i++) {
            for (int k = 0; k < logits.cols; k++) m.data[i * logits.cols + k] = (float) (logits.get(i, k) - prior[k]);
        }
        return Softmax.rows(m);
    }
}
