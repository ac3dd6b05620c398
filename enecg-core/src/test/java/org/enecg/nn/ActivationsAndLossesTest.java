package org.enecg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;

/** ReLU, softmax, MSE and cross-entropy against hand-derived values and finite differences. */
class ActivationsAndLossesTest {

    @Test
    void reluPassesPositivesAndBlocksGradientOfNegatives() {
        Relu r = new Relu();
        Matrix y = r.forward(new Matrix(1, 4, new float[] {-1, 0, 2, 0.5f}), Pass.inference());
        assertEquals(List.of(0f, 0f, 2f, 0.5f), List.of(y.data[0], y.data[1], y.data[2], y.data[3]));
        Matrix dx = r.backward(new Matrix(1, 4, new float[] {5, 6, 7, 8}), true);
        assertEquals(List.of(0f, 0f, 7f, 8f), List.of(dx.data[0], dx.data[1], dx.data[2], dx.data[3]));
    }

    @Test
    void reluGradientMatchesFiniteDifferencesAwayFromZero() {
        SplittableRandom rng = new SplittableRandom(3);
        float[] xs = GradCheck.randomArray(40, 1, rng);
        for (int i = 0; i < xs.length; i++) if (Math.abs(xs[i]) < 0.1f) xs[i] = 0.5f; // keep clear of the kink
        Matrix x = new Matrix(4, 10, xs);
        Matrix r = new Matrix(4, 10, GradCheck.randomArray(40, 1, rng));
        Relu relu = new Relu();
        relu.forward(x, Pass.inference());
        Matrix dx = relu.backward(r, true);
        GradCheck.Result res = GradCheck.check(List.of(new GradCheck.Target("x", x.data, dx.data)),
                () -> LinearTest.weightedSum(new Relu().forward(x, Pass.inference()), r), 1e-2, 1e-4, 1e-5, 100, 1);
        assertTrue(res.passed() && res.checked() == 40, res.toString());
    }

    /** softmax([0, ln 2, ln 3]) = [1/6, 2/6, 3/6]; adding a constant changes nothing. */
    @Test
    void softmaxHandValuesAndShiftInvariance() {
        float l2 = (float) Math.log(2);
        float l3 = (float) Math.log(3);
        Matrix p = Softmax.rows(new Matrix(2, 3, new float[] {0, l2, l3, 1000, 1000 + l2, 1000 + l3}));
        double[] expect = {1 / 6.0, 2 / 6.0, 3 / 6.0};
        for (int r = 0; r < 2; r++) for (int j = 0; j < 3; j++) assertEquals(expect[j], p.get(r, j), 1e-3);
    }

    @Test
    void softmaxBackwardMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(4);
        Matrix z = new Matrix(3, 5, GradCheck.randomArray(15, 2, rng));
        Matrix r = new Matrix(3, 5, GradCheck.randomArray(15, 1, rng));
        Matrix dz = Softmax.backward(Softmax.rows(z), r);
        GradCheck.Result res = GradCheck.check(List.of(new GradCheck.Target("z", z.data, dz.data)),
                () -> LinearTest.weightedSum(Softmax.rows(z), r), 1e-2, 1e-2, 1e-4, 100, 1);
        assertTrue(res.passed() && res.checked() == 15, res.toString());
    }

    /** ((1-3)² + (2-2)²) / 2 = 2 over the two labelled rows; the NaN row is ignored. Gradient 2(p-t)/n. */
    @Test
    void mseHandValuesSkippingMissingLabels() {
        Loss l = Mse.of(new Matrix(3, 1, new float[] {1, 2, 5}), new double[] {3, 2, Double.NaN});
        assertEquals(2.0, l.value(), 1e-12);
        assertEquals(2, l.labelled());
        assertEquals(List.of(-2f, 0f, 0f), List.of(l.grad().data[0], l.grad().data[1], l.grad().data[2]));
        assertEquals(0.0, Mse.of(new Matrix(1, 1), new double[] {Double.NaN}).value());
    }

    /**
     * logits [0, ln 2, ln 3] with label 2: loss = -ln(3/6) = ln 2; gradient (p - onehot)/n = [1/6, 2/6, -1/2].
     * A second row [0, 0] with label 0 gives ln 2 as well; mean ln 2; gradients halved.
     */
    @Test
    void crossEntropyHandValues() {
        float l2 = (float) Math.log(2);
        float l3 = (float) Math.log(3);
        Loss l = CrossEntropy.of(new Matrix(1, 3, new float[] {0, l2, l3}), new double[] {2});
        assertEquals(Math.log(2), l.value(), 1e-6);
        assertEquals(1 / 6.0, l.grad().data[0], 1e-6);
        assertEquals(2 / 6.0, l.grad().data[1], 1e-6);
        assertEquals(-0.5, l.grad().data[2], 1e-6);
        Loss two = CrossEntropy.of(new Matrix(3, 2, new float[] {0, 0, 9, 9, 0, 0}), new double[] {0, Double.NaN, 1});
        assertEquals(Math.log(2), two.value(), 1e-6);
        assertEquals(-0.25, two.grad().data[0], 1e-6);
        assertEquals(0f, two.grad().data[2], "unlabelled row gets no gradient");
    }

    @Test
    void crossEntropyIsStableForLargeLogitsAndMatchesFiniteDifferences() {
        Loss big = CrossEntropy.of(new Matrix(1, 2, new float[] {1000, 0}), new double[] {1});
        assertEquals(1000.0, big.value(), 1e-6);
        SplittableRandom rng = new SplittableRandom(6);
        Matrix z = new Matrix(4, 3, GradCheck.randomArray(12, 2, rng));
        double[] y = {0, 2, 1, 2};
        Loss l = CrossEntropy.of(z, y);
        GradCheck.Result res = GradCheck.check(List.of(new GradCheck.Target("z", z.data, l.grad().data)),
                () -> CrossEntropy.of(z, y).value(), 1e-2, 1e-2, 1e-4, 100, 2);
        assertTrue(res.passed() && res.checked() == 12, res.toString());
    }

    @Test
    void crossEntropyRejectsLabelsOutsideTheClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossEntropy.of(new Matrix(1, 3), new double[] {3}));
        assertEquals("cross-entropy: label 3.0 is not a class index in 0..2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrossEntropy.of(new Matrix(1, 3), new double[] {0.5}));
    }
}
