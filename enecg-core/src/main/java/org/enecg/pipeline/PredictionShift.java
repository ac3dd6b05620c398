package org.enecg.pipeline;

import org.enecg.data.Task;
import org.enecg.data.TaskType;

/**
 * How far one task's answers moved between the original records and a variant: for a regression task the mean and
 * largest absolute change (in the task's unit), for a classification task the share of records whose class changed.
 *
 * @param task     the task
 * @param variant  the variant's name ({@code 400hz}, {@code 7.3s})
 * @param records  records answered in both forms
 * @param meanAbs  mean |variant - original| (regression; NaN for classification)
 * @param maxAbs   largest |variant - original| (regression; NaN for classification)
 * @param flips    records whose class changed (classification; 0 for regression)
 */
public record PredictionShift(Task task, String variant, int records, double meanAbs, double maxAbs, int flips) {

    public boolean regression() { return task.type() == TaskType.REGRESSION; }

    /** Share of records whose class changed (classification), 0..1. */
    public double flipRate() { return records == 0 ? 0 : (double) flips / records; }

    /** Accumulates the pairs of one task and variant. */
    static final class Tally {
        private final Task task;
        private final String variant;
        private int n, flips;
        private double sum, max;

        Tally(Task task, String variant) {
            this.task = task;
            this.variant = variant;
        }

        void add(double original, double changed) {
            n++;
            if (task.type() == TaskType.REGRESSION) {
                double d = Math.abs(changed - original);
                sum += d;
                max = Math.max(max, d);
            } else if (original != changed) {
                flips++;
            }
        }

        PredictionShift result() {
            boolean reg = task.type() == TaskType.REGRESSION;
            return new PredictionShift(task, variant, n, reg && n > 0 ? sum / n : Double.NaN, reg && n > 0 ? max : Double.NaN, flips);
        }
    }
}
