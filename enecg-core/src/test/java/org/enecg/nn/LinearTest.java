package org.enecg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearTest {

    @Test
    void computesXTimesWPlusBias() {
        Linear l = new Linear("l", 2, 3, true, new SplittableRandom(1));
        System.arraycopy(new float[] {1, 2, 3, 4, 5, 6}, 0, l.weight().value(), 0, 6);
        System.arraycopy(new float[] {0.5f, -1, 0}, 0, l.bias().value(), 0, 3);
        Matrix y = l.forward(new Matrix(1, 2, new float[] {1, -1}), Pass.inference());
        // [1,-1]·[[1,2,3],[4,5,6]] = [-3,-3,-3], plus bias
        assertEquals(List.of(-2.5f, -4f, -3f), List.of(y.data[0], y.data[1], y.data[2]));
    }

    @Test
    void initialisesWithinPyTorchBound() {
        Linear l = new Linear("l", 100, 50, false, new SplittableRandom(3));
        double bound = 1 / Math.sqrt(100);
        double maxAbs = 0;
        for (float v : l.weight().value()) maxAbs = Math.max(maxAbs, Math.abs(v));
        for (float v : l.bias().value()) maxAbs = Math.max(maxAbs, Math.abs(v));
        assertTrue(maxAbs <= bound && maxAbs > 0.9 * bound, "max |w| " + maxAbs + " vs bound " + bound);
    }

    /** Loss = Σ R ⊙ (xW + b) is linear in W, b and x, so central differences are exact up to rounding. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void gradientsMatchFiniteDifferences(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Linear l = new Linear("l", 7, 5, true, rng);
        Matrix x = new Matrix(4, 7, GradCheck.randomArray(28, 1, rng));
        Matrix r = new Matrix(4, 5, GradCheck.randomArray(20, 1, rng));
        l.forward(x, Pass.inference());
        Matrix dx = l.backward(r, true);
        GradCheck.Result res = GradCheck.check(List.of(
                        new GradCheck.Target("W", l.weight().value(), l.weight().grad()),
                        new GradCheck.Target("b", l.bias().value(), l.bias().grad()),
                        new GradCheck.Target("x", x.data, dx.data)),
                () -> weightedSum(l.forward(x, Pass.inference()), r), 1e-2, 1e-3, 1e-4, 100, seed);
        assertTrue(res.passed() && res.nonSmooth() == 0, res.toString());
        assertEquals(35 + 5 + 28, res.checked());
    }

    @Test
    void frozenLayerAccumulatesNoGradientAndSkipsInputGradOnRequest() {
        Linear l = new Linear("l", 3, 2, false, new SplittableRandom(1));
        l.forward(new Matrix(2, 3, new float[] {1, 2, 3, 4, 5, 6}), Pass.inference());
        assertNull(l.backward(new Matrix(2, 2, new float[] {1, 1, 1, 1}), false));
        assertEquals(0, l.weight().grad().length);
    }

    static double weightedSum(Matrix y, Matrix r) {
        double s = 0;
        for (int i = 0; i < y.data.length; i++) s += (double) y.data[i] * r.data[i];
        return s;
    }

    @Test
    void applyComputesWhatForwardDoesBitForBit() {
        SplittableRandom rng = new SplittableRandom(11);
        Linear l = new Linear("l", 37, 19, false, rng);
        Matrix x = new Matrix(23, 37);
        for (int i = 0; i < x.data.length; i++) x.data[i] = (float) rng.nextGaussian();
        float[] forward = l.forward(x, Pass.inference()).data;
        float[] applied = l.apply(x).data;
        assertEquals(forward.length, applied.length);
        for (int i = 0; i < forward.length; i++) assertEquals(Float.floatToRawIntBits(forward[i]), Float.floatToRawIntBits(applied[i]), "value " + i);
    }
}
