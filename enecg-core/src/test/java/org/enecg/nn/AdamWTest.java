package org.enecg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against python3/numpy reference steps (src/test/resources/org/enecg/nn/adamw_reference.py, output pasted
 * below) and one step derived by hand: Adam's first step moves every coordinate by lr·sign(g) (m̂ = g,
 * v̂ = g²), after the decay θ·(1 − lr·λ): 0.5·(1 − 1e-4) − 0.01 = 0.48995.
 */
class AdamWTest {
    private static final float[] THETA0 = {0.5f, -1.0f, 2.0f, 0.0f};
    private static final float[][] GRADS = {{0.1f, -0.2f, 0.3f, 0.0f}, {0.05f, 0.4f, -0.3f, 1e-3f}, {-0.2f, 0.1f, 0.0f, -2.0f}};

    @Test
    void pyTorchDefaultsMatchNumpyReference() {
        double[][] expected = {
                {0.489950001, -0.989899993, 1.98979998, 0.0},
                {0.480579197, -0.993462026, 1.99012733, -0.00744126318},
                {0.482594699, -0.997519195, 1.99033511, -0.00105525856}};
        run(p -> AdamW.defaults(List.of(p), 1e-2), expected);
    }

    @Test
    void otherSettingsMatchNumpyReference() {
        double[][] expected = {
                {0.498950005, -0.998899996, 1.99880004, 0.0},
                {0.497985184, -0.999221087, 1.99871123, -0.000782603573},
                {0.498231947, -0.999573827, 1.9985919, -7.64979559e-05}};
        run(p -> new AdamW(List.of(p), 1e-3, 0.8, 0.99, 1e-6, 0.1), expected);
    }

    private static void run(java.util.function.Function<Param, AdamW> make, double[][] expected) {
        Param p = Param.create("p", 1, 4, true);
        System.arraycopy(THETA0, 0, p.value(), 0, 4);
        AdamW opt = make.apply(p);
        for (int t = 0; t < 3; t++) {
            opt.zeroGrad();
            System.arraycopy(GRADS[t], 0, p.grad(), 0, 4);
            opt.step();
            for (int i = 0; i < 4; i++) {
                // float32 gradients vs the reference's float64 ones: relative 1e-6
                assertEquals(expected[t][i], p.value()[i], 1e-6 * Math.abs(expected[t][i]) + 1e-8, "step " + (t + 1) + " coord " + i);
            }
        }
        assertEquals(3, opt.steps());
    }

    @Test
    void frozenParametersAreNeverTouched() {
        Param frozen = Param.create("f", 1, 2, false);
        frozen.value()[0] = 3f;
        Param live = Param.create("l", 1, 1, true);
        AdamW opt = AdamW.defaults(List.of(frozen, live), 0.1);
        live.grad()[0] = 1f;
        opt.step();
        assertEquals(3f, frozen.value()[0]);
        assertEquals(List.of(live), opt.parameters());
    }

    /** As torch skips a parameter whose gradient is None: no decay, no moments, its own step count. */
    @Test
    void aSkippedParameterDoesNotMoveAndKeepsItsOwnStepCount() {
        Param skipped = Param.create("s", 1, 2, true);
        Param moved = Param.create("m", 1, 2, true);
        skipped.value()[0] = 0.5f;
        moved.value()[0] = 0.5f;
        AdamW opt = AdamW.defaults(List.of(skipped, moved), 0.1);
        skipped.grad()[0] = 1f;
        moved.grad()[0] = 1f;
        opt.step(p -> p == moved);
        assertEquals(0.5f, skipped.value()[0], "no step, not even weight decay");
        assertEquals(0f, skipped.value()[1]);
        float afterOne = moved.value()[0];
        assertTrue(afterOne < 0.5f);
        // its first real step is a first step (bias correction of step 1), like the other parameter's first
        opt.step(p -> p == skipped);
        assertEquals(afterOne, skipped.value()[0], 0f);
        assertEquals(afterOne, moved.value()[0], 0f, "the other one did not move this time");
        assertEquals(2, opt.steps());
    }

    @Test
    void rejectsBadSettings() {
        assertEquals("learning rate must be positive, found 0.0",
                assertThrows(IllegalArgumentException.class, () -> AdamW.defaults(List.of(), 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AdamW(List.of(), 1e-3, 1.0, 0.999, 1e-8, 0.01));
    }
}
