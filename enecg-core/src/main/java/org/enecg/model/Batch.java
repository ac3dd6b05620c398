package org.enecg.model;

import org.enecg.nn.Matrix;

/**
 * One mini-batch as the network reads it, gathered by row index from {@link PreparedInputs}.
 *
 * @param experts   [expert] the batch's standardised expert outputs
 * @param gate      the gate's input rows ({@link GateSource#batch}), or null without a gate
 * @param headBase  [expert][task] the precomputed frozen first-layer outputs of LoRA heads (null entries: compute
 *                  them), or null
 * @param gateBase  [gate] the precomputed frozen trunk outputs, or null
 * @param heads     [expert][task] fixed head outputs to combine instead of running the heads (the gate stage of the
 *                  staged schedule: the heads are frozen, only the gate learns), or null: the heads run
 */
public record Batch(Matrix[] experts, Matrix gate, Matrix[][] headBase, Matrix[] gateBase, Matrix[][] heads) {

    /** Whether the heads' outputs are given (the heads neither run nor learn). */
    public boolean fixedHeads() { return heads != null; }
}
