package org.enecg.nn;

/**
 * A loss over a batch: its value (mean over the examples that have a label) and its gradient with respect to
 * the predictions. Examples whose target is NaN (no label for this task) contribute nothing.
 *
 * @param value    mean loss over labelled examples; 0 when none is labelled
 * @param grad     dLoss/dPrediction, same shape as the predictions
 * @param labelled number of labelled examples
 */
public record Loss(double value, Matrix grad, int labelled) {}
