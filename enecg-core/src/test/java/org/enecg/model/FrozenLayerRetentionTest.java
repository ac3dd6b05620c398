package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.SplittableRandom;
import org.enecg.nn.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The frozen first layers are applied once to every training record ({@link EnEcgModel#prepare}); the model must not
 * keep that whole input (all records' gate input and expert outputs, ≈ 25 KiB per record) alive afterwards, as it
 * did when the frozen base remembered its last input for a backward pass that LoRA never makes.
 */
class FrozenLayerRetentionTest {

    @Test
    void headKeepsNoReferenceToTheRecordsItProjected() {
        Head h = new Head("h", 30, 2, ModelConfig.paperDefaults(), new SplittableRandom(7));
        Matrix x = random(40, 30, 1);
        Matrix first = h.frozenFirstLayer(x.copy());
        Matrix y = h.frozenFirstLayer(x);   // last: an input remembered for backward would be this one
        assertNotNull(y, "a LoRA head has a frozen first layer");
        assertArrayEquals(first.data, y.data, "deterministic");
        WeakReference<Matrix> input = new WeakReference<>(x);
        x = null;
        assertNull(collected(input), "the head still references the projected input");
    }

    @Test
    void gateKeepsNoReferenceToTheRecordsItProjected() {
        Gate g = new Gate("g", 500, 3, List.of("t"), ModelConfig.paperDefaults(), new SplittableRandom(7));
        Matrix x = random(40, 500, 2);
        assertNotNull(g.frozenTrunk(x), "a LoRA gate has a frozen trunk");
        WeakReference<Matrix> input = new WeakReference<>(x);
        x = null;
        assertNull(collected(input), "the gate still references the projected input");
    }

    private static Matrix collected(WeakReference<Matrix> ref) {
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ref.get();
    }

    private static Matrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = (float) r.nextGaussian();
        return m;
    }
}
