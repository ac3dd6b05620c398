package org.enecg.model;

/** How the new layers (heads and gate) are trained. */
public enum Adaptation {
    /** The paper: base weights random and frozen, only LoRA adapters (and the heads' output layers, see {@link OutputLayer}) train. */
    LORA,
    /** Every weight and bias of the heads and the gate trains; no adapters. */
    FULL
}
