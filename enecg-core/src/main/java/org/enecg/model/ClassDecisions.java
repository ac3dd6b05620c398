package org.enecg.model;

import java.util.List;
import org.enecg.data.Task;
import org.enecg.nn.Matrix;
import org.enecg.nn.Softmax;

/**
 * A model's class decision per task, a value: none ({@link ClassDecision#ARGMAX}, the paper) or the log class
 * frequencies of the training records that a {@link ClassDecision#BALANCED} decision divides the probabilities by.
 */
public final class ClassDecisions {
    private final List<Task> tasks;
    private final double[][] logPriors;   // [task]: null under ARGMAX

    private ClassDecisions(List<Task> tasks, double[][] logPriors) {
        this.tasks = List.copyOf(tasks);
        this.logPriors = logPriors;
    }

    /** Every task decided by ARGMAX. */
    public static ClassDecisions argmax(List<Task> tasks) {
        return new ClassDecisions(tasks, new double[tasks.size()][]);
    }

    public ClassDecision decision(int t) {
        return logPriors[t] == null ? ClassDecision.ARGMAX : ClassDecision.BALANCED;
    }

    /** A copy of task {@code t}'s log priors, or null under ARGMAX. */
    public double[] logPrior(int t) {
        return logPriors[t] == null ? null : logPriors[t].clone();
    }

    /**
     * These decisions with task {@code t}'s set: {@code logPrior} (one finite value per class, the log of each class's
     * training frequency; see {@link ClassPriors}) makes it {@link ClassDecision#BALANCED}: reported probabilities are
     * {@code softmax(logits - logPrior)}; null makes it {@link ClassDecision#ARGMAX}.
     *
     * @throws IllegalArgumentException for a regression task or a prior of the wrong size or with non-finite values
     */
    public ClassDecisions with(int t, double[] logPrior) {
        double[][] copy = logPriors.clone();
        if (logPrior == null) {
            copy[t] = null;
            return new ClassDecisions(tasks, copy);
        }
        Task task = tasks.get(t);
        if (!task.type().isClassification()) throw new IllegalArgumentException("task " + task.name() + " is not a classification task");
        if (logPrior.length != task.outputSize()) {
            throw new IllegalArgumentException("task " + task.name() + " has " + task.outputSize() + " classes, the prior " + logPrior.length);
        }
        for (double v : logPrior) if (!Double.isFinite(v)) throw new IllegalArgumentException("task " + task.name() + ": non-finite log prior " + v);
        copy[t] = logPrior.clone();
        return new ClassDecisions(tasks, copy);
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
