package org.enecg.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoraLinearTest {

    @Test
    void startsExactlyAtTheFrozenBaseLayer() {
        SplittableRandom rng = new SplittableRandom(5);
        LoraLinear l = new LoraLinear("g", 20, 6, 8, 32, 0.05, rng);
        Matrix x = new Matrix(3, 20, GradCheck.randomArray(60, 2, rng));
        Matrix base = l.base().forward(x, Pass.inference());
        Matrix y = l.forward(x, Pass.training(new SplittableRandom(1)));
        assertArrayEquals(base.data, y.data, "B starts at zero, so the adapter adds nothing yet");
        for (float v : l.loraB().value()) assertEquals(0f, v);
        double bound = 1 / Math.sqrt(20);
        for (float v : l.loraA().value()) assertTrue(Math.abs(v) <= bound);
        assertEquals(4f, l.scaling(), "alpha 32 / rank 8");
    }

    @Test
    void onlyTheAdapterTrains() {
        LoraLinear l = new LoraLinear("g", 4, 3, 2, 4, 0, new SplittableRandom(1));
        List<Param> ps = l.parameters();
        assertEquals(List.of("g.base.weight", "g.base.bias", "g.loraA", "g.loraB"), ps.stream().map(Param::name).toList());
        assertEquals(List.of(false, false, true, true), ps.stream().map(Param::trainable).toList());
    }

    @Test
    void forwardIsBasePlusScaledLowRankUpdate() {
        SplittableRandom rng = new SplittableRandom(11);
        LoraLinear l = new LoraLinear("g", 5, 4, 3, 6, 0.0, rng);
        float[] bv = GradCheck.randomArray(12, 1, rng);
        System.arraycopy(bv, 0, l.loraB().value(), 0, 12);
        Matrix x = new Matrix(2, 5, GradCheck.randomArray(10, 1, rng));
        Matrix y = l.forward(x, Pass.inference());
        float[] w = l.base().weight().value();
        float[] b = l.base().bias().value();
        float[] a = l.loraA().value();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 4; j++) {
                double s = b[j];
                for (int p = 0; p < 5; p++) s += x.get(i, p) * w[p * 4 + j];
                double upd = 0;
                for (int q = 0; q < 3; q++) {
                    double h = 0;
                    for (int p = 0; p < 5; p++) h += x.get(i, p) * a[p * 3 + q];
                    upd += h * bv[q * 4 + j];
                }
                assertEquals(s + 2.0 * upd, y.get(i, j), 1e-5, "alpha 6 / rank 3 = 2");
            }
        }
    }

    /**
     * The loss Σ R ⊙ y is bilinear in (A, B) and linear in x for a fixed dropout mask (re-seeded identically
     * for every forward pass), so central differences are exact up to float rounding.
     */
    @ParameterizedTest
    @CsvSource({"1, 0.0", "2, 0.05", "3, 0.5"})
    void gradientsMatchFiniteDifferencesWithAFixedDropoutMask(long seed, double dropout) {
        SplittableRandom rng = new SplittableRandom(seed);
        LoraLinear l = new LoraLinear("g", 9, 6, 3, 32, dropout, rng);
        System.arraycopy(GradCheck.randomArray(18, 0.5, rng), 0, l.loraB().value(), 0, 18);
        Matrix x = new Matrix(5, 9, GradCheck.randomArray(45, 1, rng));
        Matrix r = new Matrix(5, 6, GradCheck.randomArray(30, 1, rng));
        long maskSeed = rng.nextLong();
        l.forward(x, Pass.training(new SplittableRandom(maskSeed)));
        Matrix dx = l.backward(r, true);
        GradCheck.Result res = GradCheck.check(List.of(
                        new GradCheck.Target("A", l.loraA().value(), l.loraA().grad()),
                        new GradCheck.Target("B", l.loraB().value(), l.loraB().grad()),
                        new GradCheck.Target("x", x.data, dx.data)),
                () -> LinearTest.weightedSum(l.forward(x, Pass.training(new SplittableRandom(maskSeed))), r),
                1e-2, 1e-3, 1e-4, 100, seed);
        assertTrue(res.passed() && res.nonSmooth() == 0, res.toString());
        assertEquals(27 + 18 + 45, res.checked());
    }

    @Test
    void precomputedBaseGivesTheSameOutputAndGradients() {
        SplittableRandom rng = new SplittableRandom(4);
        LoraLinear l = new LoraLinear("g", 30, 7, 4, 32, 0.1, rng);
        System.arraycopy(GradCheck.randomArray(28, 0.5, rng), 0, l.loraB().value(), 0, 28);
        Matrix x = new Matrix(6, 30, GradCheck.randomArray(180, 1, rng));
        Matrix r = new Matrix(6, 7, GradCheck.randomArray(42, 1, rng));
        Matrix y1 = l.forward(x, Pass.training(new SplittableRandom(9)));
        l.backward(r, false);
        float[] gA = l.loraA().grad().clone();
        float[] gB = l.loraB().grad().clone();
        l.loraA().zeroGrad();
        l.loraB().zeroGrad();
        Matrix base = l.base().forward(x, Pass.inference());
        float[] baseCopy = base.data.clone();
        Matrix y2 = l.forward(x, base, Pass.training(new SplittableRandom(9)));
        l.backward(r, false);
        assertArrayEquals(y1.data, y2.data);
        assertArrayEquals(gA, l.loraA().grad());
        assertArrayEquals(gB, l.loraB().grad());
        assertArrayEquals(baseCopy, base.data, "the precomputed base output is not modified");
    }

    @Test
    void dropoutZeroesAboutPOfTheAdapterInputAndRescalesTheRest() {
        SplittableRandom rng = new SplittableRandom(8);
        LoraLinear l = new LoraLinear("g", 1000, 1, 1, 1, 0.2, rng);
        java.util.Arrays.fill(l.loraA().value(), 1f);
        java.util.Arrays.fill(l.loraB().value(), 1f);
        Matrix x = new Matrix(1, 1000);
        x.fill(1f);
        Matrix base = new Matrix(1, 1);
        float trainOut = l.forward(x, base, Pass.training(new SplittableRandom(2))).data[0];
        float inferOut = l.forward(x, base, Pass.inference()).data[0];
        assertEquals(1000f, inferOut, 1e-3, "no dropout at inference");
        // kept count K: output = K / 0.8; K ~ Binomial(1000, 0.8): mean 800, sd 12.6
        double kept = trainOut * 0.8;
        assertEquals(kept, Math.rint(kept), 1e-2, "kept values are scaled by exactly 1/(1-p)");
        assertTrue(Math.abs(kept - 800) < 60, "kept " + kept);
        assertTrue(kept < 1000, "some inputs were dropped");
    }

    @Test
    void rejectsInvalidSettingsNamingTheLayer() {
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals("gate.l1: LoRA rank must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new LoraLinear("gate.l1", 4, 4, 0, 32, 0, rng)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoraLinear("g", 4, 4, 2, 32, 1.0, rng));
        assertThrows(IllegalArgumentException.class, () -> new LoraLinear("g", 4, 4, 2, 0, 0, rng));
    }
}
