package org.enecg.model;

import java.util.List;
import org.enecg.nn.Matrix;

/**
 * A table's rows made ready for one model: each expert's outputs standardised with the model's scalers, the gate
 * input, and (under LoRA, when asked) the frozen first layers' outputs computed once for all rows, since they
 * cannot change while only adapters train. Valid only for the model that made it.
 */
public final class PreparedInputs {
    final EnEcgModel model;
    final List<String> recordIds;
    final Matrix[] experts;       // [expert] N × d_e, standardised
    final GateRows gate;          // N rows of gateDim (in memory or read from the table per batch), or null without a gate
    final Matrix[][] headBase;    // [expert][task] N × hidden, or null
    final Matrix[] gateBase;      // [gate] N × gateHidden, or null
    Matrix[][] headOutputs;       // [expert][task] N × d_out of frozen heads, or null (EnEcgModel.freezeHeads)
    private final int repairedValues;

    PreparedInputs(EnEcgModel model, List<String> recordIds, Matrix[] experts, GateRows gate, Matrix[][] headBase,
                   Matrix[] gateBase, int repairedValues) {
        this.model = model;
        this.recordIds = List.copyOf(recordIds);
        this.experts = experts;
        this.gate = gate;
        this.headBase = headBase;
        this.gateBase = gateBase;
        this.repairedValues = repairedValues;
    }

    public int size() { return recordIds.size(); }

    public List<String> recordIds() { return recordIds; }

    /** Non-finite expert outputs or gate inputs replaced (by the training mean, or 0 for the gate). */
    public int repairedValues() { return repairedValues; }

    /** Whether the heads are frozen and their outputs precomputed. */
    public boolean headsFrozen() { return headOutputs != null; }

    /** Whether the frozen first layers were precomputed. */
    public boolean precomputed() { return headBase != null; }
}
