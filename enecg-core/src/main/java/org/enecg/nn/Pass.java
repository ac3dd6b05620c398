package org.enecg.nn;

import java.util.SplittableRandom;

/**
 * How a forward pass runs: for training (dropout active, drawing from {@link #rng()}) or for inference
 * (deterministic, dropout off). The RNG is owned by the caller, so a seeded trainer gets the same dropout
 * masks on every run.
 */
public final class Pass {
    private static final Pass INFERENCE = new Pass(false, null);

    private final boolean training;
    private final SplittableRandom rng;

    private Pass(boolean training, SplittableRandom rng) {
        this.training = training;
        this.rng = rng;
    }

    public static Pass inference() { return INFERENCE; }

    public static Pass training(SplittableRandom rng) {
        return new Pass(true, java.util.Objects.requireNonNull(rng, "rng"));
    }

    public boolean training() { return training; }

    /** The dropout RNG; only for training passes. */
    public SplittableRandom rng() {
        if (!training) throw new IllegalStateException("an inference pass has no RNG");
        return rng;
    }
}
