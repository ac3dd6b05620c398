package org.enecg.nn;

import java.util.SplittableRandom;

/** Weight initialisation, matching PyTorch's defaults so the paper's frozen random layers have the same scale. */
public final class Init {
    private Init() {}

    /**
     * Fills {@code p} with U(-1/√fanIn, 1/√fanIn). This is what {@code torch.nn.Linear.reset_parameters} gives
     * weights ({@code kaiming_uniform_(a=√5)}: bound √(6/((1+a²)·fanIn)) = 1/√fanIn) and biases, and what
     * PEFT gives LoRA's A matrix.
     */
    public static void uniformFanIn(Param p, int fanIn, SplittableRandom rng) {
        if (fanIn <= 0) throw new IllegalArgumentException("fan-in must be positive, found " + fanIn);
        double bound = 1.0 / Math.sqrt(fanIn);
        float[] v = p.value();
        for (int i = 0; i < v.length; i++) v[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
    }
}
