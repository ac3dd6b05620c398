package org.enecg.train;

/** In what order the heads and the gate of an ensemble are trained. */
public enum Schedule {
    /** The paper: heads and gate together, from scratch, through the weighted sum. Right for tens of thousands of records. */
    JOINT,
    /**
     * For small data: first each expert's heads alone (one single-expert model per expert, per-task early stopping;
     * these are also the "expert alone" baselines), then the gate over those heads, frozen, with its own early
     * stopping. Jointly trained heads on a few hundred records memorise the training set through whichever expert
     * makes it easiest (noise included), and the gate, trained on the same records, cannot tell a memorising head
     * from a generalising one; early-stopped heads do not memorise, so the gate learns which ones carry signal
     * (measured: docs/training.md).
     */
    STAGED
}
