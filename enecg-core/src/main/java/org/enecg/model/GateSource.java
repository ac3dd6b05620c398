package org.enecg.model;

/** What the gating network reads. */
public enum GateSource {
    /**
     * The table's gate input: part of the ECG itself (the paper: lead II, 10 s at 500 Hz, 5000 samples). The gate
     * sees the signal, not what the experts made of it.
     */
    SIGNAL,
    /**
     * The experts' outputs, standardised with the training rows' statistics (as the heads read them) and
     * concatenated: far fewer inputs than 5000 samples, and already what each expert says about the record.
     */
    EXPERT_OUTPUTS,
    /**
     * Nothing about the record (a constant input): the gate learns one weight per expert and task, the same for
     * every record (a learned weighted average of the heads; stacking).
     */
    CONSTANT,
    /**
     * Nothing about the record, and no network: per task one trainable logit per expert, starting at zero (equal
     * weights), {@code W = softmax(a)}. What {@link #CONSTANT} computes, without its random frozen layers, whose
     * initial output already favours some experts at random and whose LoRA scaling moves the weights in large steps
     * (docs/main-job.md).
     */
    NONE
}
