package org.enecg.model;

/**
 * How head outputs are combined: {@code y = Σ_i W_i · y_i}. For classification the heads' logits are
 * combined (then softmax), as in the authors' code, where {@code CrossEntropyLoss} is applied to the
 * weighted sum of the heads' raw outputs; in probability terms this is a weighted geometric mixture
 * {@code p ∝ Π_i p_i^{W_i}}. Regression heads output standardised values, combined the same way.
 */
public enum Combination {
    /** EnECG: W from the gating network over the gate input. */
    GATE,
    /** W_i = 1/n, fixed (a single expert alone is this with n = 1). */
    UNIFORM
}
