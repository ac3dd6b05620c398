package org.enecg.model;

import java.util.Objects;

/**
 * How one head is built: its adaptation (LoRA on frozen random layers, or every weight trained) and its hidden width.
 * A model's heads all have its {@link ModelConfig}'s shape unless training chose another for some (expert, task)
 * ({@code TrainConfig.alternativeHead}); the model file records the exceptions.
 *
 * @param adaptation LoRA or full training
 * @param width      hidden width of {@code Linear(d_in, h) - ReLU - Linear(h, h) - ReLU - Linear(h, d_out)}
 */
public record HeadShape(Adaptation adaptation, int width) {
    public HeadShape {
        Objects.requireNonNull(adaptation, "adaptation");
        if (width < 1) throw new IllegalArgumentException("head width must be at least 1, found " + width);
    }

    /** The shape of a configuration's heads. */
    public static HeadShape of(ModelConfig c) {
        return new HeadShape(c.adaptation(), c.headHidden());
    }

    /** The configuration a head of this shape is built from: {@code c} with this adaptation and head width. */
    public ModelConfig applyTo(ModelConfig c) {
        return c.toBuilder().adaptation(adaptation).widths(width, c.gateHidden()).build();
    }

    /**
     * Parses {@code LORA:256} or {@code FULL:64} (case-insensitive; a space also separates).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static HeadShape parse(String text) {
        String[] p = text.trim().split("[:\\s]+");
        try {
            if (p.length != 2) throw new IllegalArgumentException("two parts");
            return new HeadShape(Adaptation.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(p[1]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("head shape '" + text + "' is not ADAPTATION:WIDTH with ADAPTATION LORA or FULL"
                    + " and a positive width (e.g. FULL:64)");
        }
    }

    @Override public String toString() { return adaptation + ":" + width; }
}
