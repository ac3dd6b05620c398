package org.enecg.model;

import java.util.List;
import org.enecg.cache.EmbeddingRows;
import org.enecg.nn.Matrix;

/**
 * What the gating network reads, and everything that follows from it, decided here only: the width of the gate's
 * input ({@link #width}), the gate's input rows for a batch ({@link #batch}), and whether the gate has a network at all
 * ({@link #hasNetwork}).
 */
public enum GateSource {
    /**
     * The table's gate input: part of the ECG itself (the paper: lead II, 10 s at 500 Hz, 5000 samples). The gate
     * sees the signal, not what the experts made of it. Non-finite samples are read as 0.
     */
    SIGNAL("lead II (%d samples)"),
    /**
     * The experts' outputs, standardised with the training rows' statistics (as the heads read them) and
     * concatenated: far fewer inputs than 5000 samples, and already what each expert says about the record.
     */
    EXPERT_OUTPUTS("the expert outputs"),
    /**
     * Nothing about the record (a constant input): the gate learns one weight per expert and task, the same for
     * every record (a learned weighted average of the heads; stacking).
     */
    CONSTANT("a constant (one weight per expert and task)"),
    /**
     * Nothing about the record, and no network: per task one trainable logit per expert, starting at zero (equal
     * weights), {@code W = softmax(a)}. What {@link #CONSTANT} computes, without its random frozen layers, whose
     * initial output already favours some experts at random and whose LoRA scaling moves the weights in large steps
     * (docs/main-job.md).
     */
    NONE("nothing (no network: one weight per expert and task)");

    private final String description;

    GateSource(String description) {
        this.description = description;
    }

    /** Whether the gate is a network (trunk and output layers) over its input; false: one free logit per expert. */
    public boolean hasNetwork() { return this != NONE; }

    /** Whether the gate's input depends on the record (and so the trunk's frozen part is worth precomputing). */
    public boolean readsRecord() { return this == SIGNAL || this == EXPERT_OUTPUTS; }

    /**
     * The width of the gate's input.
     *
     * @param signalWidth   the data's gate-input width (samples)
     * @param expertOutputs the experts' output sizes, summed
     */
    public int width(int signalWidth, int expertOutputs) {
        return switch (this) {
            case SIGNAL -> signalWidth;
            case EXPERT_OUTPUTS -> expertOutputs;
            case CONSTANT, NONE -> 1;
        };
    }

    /** The width of the gate's input on these rows' experts ({@code experts}, in the model's order) and gate input. */
    public int width(EmbeddingRows rows, List<ExpertInfo> experts) {
        return width(rows.gateDim(), experts.stream().mapToInt(ExpertInfo::dim).sum());
    }

    /** How reports name what the gate reads, given its width. */
    public String describe(int width) {
        return String.format(java.util.Locale.ROOT, description, width);
    }

    /**
     * The gate's input for a batch: the source's gate-input rows (non-finite values read as 0), the batch's
     * standardised expert outputs concatenated, or a column of ones.
     *
     * @param source  the rows
     * @param rows    the batch's rows of {@code source}
     * @param experts the batch's standardised expert outputs, in the model's expert order
     * @param width   the gate's input width ({@link #width})
     */
    public Matrix batch(EmbeddingRows source, int[] rows, Matrix[] experts, int width) {
        Matrix g = new Matrix(rows.length, width);
        switch (this) {
            case SIGNAL -> {
                source.gatherGate(rows, g.data, 0);
                for (int i = 0; i < g.data.length; i++) if (!Float.isFinite(g.data[i])) g.data[i] = 0f;
            }
            case EXPERT_OUTPUTS -> {
                int at = 0;
                for (Matrix m : experts) {
                    for (int r = 0; r < rows.length; r++) System.arraycopy(m.data, r * m.cols, g.data, r * width + at, m.cols);
                    at += m.cols;
                }
                if (at != width) throw new IllegalStateException("the gate reads " + width + " expert outputs, the experts give " + at);
            }
            case CONSTANT, NONE -> g.fill(1f);
        }
        return g;
    }
}
