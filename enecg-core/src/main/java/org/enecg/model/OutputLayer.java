package org.enecg.model;

/**
 * What happens to the last layer of each head, {@code Linear(hidden, d_out)}, under LoRA. The paper puts LoRA
 * on the first two layers only; in the authors' code ({@code get_peft_model} with target modules
 * {@code ffn_*.0}, {@code ffn_*.2}, {@code gating_net.*}) the third layer is neither adapted nor in
 * {@code modules_to_save}, so PEFT freezes it at its random initialisation.
 */
public enum OutputLayer {
    /**
     * Default: weight and bias train in full. It is the "new output layer" the paper attaches to each frozen
     * expert (DESIGN §1 step 1), it is tiny (hidden × d_out), and a frozen random readout with a frozen random
     * bias limits what the adapters can express (the head's output offset and the mix of hidden units are
     * fixed), which costs accuracy on small data.
     */
    TRAINABLE,
    /** As the authors' code: frozen at its random initialisation. */
    FROZEN
}
