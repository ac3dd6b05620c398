package org.enecg.model;

import java.util.List;

/**
 * Raw outputs of a model for some rows, as arrays for metrics: per task, one row per record of either the
 * regression value in the label's unit (one column) or class probabilities (one column per class); and per task
 * the gate weights (one column per expert, each row summing to 1).
 *
 * @param recordIds   the records, in row order
 * @param values      [task][row][column]
 * @param gateWeights [task][row][expert]
 */
public record ModelOutputs(List<String> recordIds, double[][][] values, double[][][] gateWeights) {}
