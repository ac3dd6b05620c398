package org.enecg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GemmTest {

    static Stream<Arguments> shapesAndLayouts() {
        SplittableRandom rng = new SplittableRandom(7);
        Stream.Builder<Arguments> b = Stream.builder();
        int[][] shapes = {{1, 1, 1}, {3, 5, 7}, {16, 256, 9}, {16, 17, 300}, {4, 9, 8}, {2, 33, 65}, {40, 8, 16}, {16, 8, 5000}};
        for (int[] s : shapes) {
            for (int layout = 0; layout < 3; layout++) b.add(Arguments.of(s[0], s[1], s[2], layout, rng.nextLong()));
        }
        return b.build();
    }

    /** layout 0: A·B, 1: Aᵀ·B, 2: A·Bᵀ; compared with a plain triple loop in double. */
    @ParameterizedTest(name = "m={0} n={1} k={2} layout={3}")
    @MethodSource("shapesAndLayouts")
    void matchesNaiveDoubleProduct(int m, int n, int k, int layout, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        boolean ta = layout == 1;
        boolean tb = layout == 2;
        Matrix a = ta ? new Matrix(k, m, GradCheck.randomArray(k * m, 1, rng)) : new Matrix(m, k, GradCheck.randomArray(m * k, 1, rng));
        Matrix b = tb ? new Matrix(n, k, GradCheck.randomArray(n * k, 1, rng)) : new Matrix(k, n, GradCheck.randomArray(k * n, 1, rng));
        a.data[0] = 0f; // the zero-skipping path
        Matrix c0 = new Matrix(m, n, GradCheck.randomArray(m * n, 1, rng));
        Matrix c = c0.copy();
        Gemm.multiply(a, ta, b, tb, c, true);
        Matrix fresh = Gemm.multiply(a, ta, b, tb);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double av = ta ? a.get(p, i) : a.get(i, p);
                    double bv = tb ? b.get(j, p) : b.get(p, j);
                    s += av * bv;
                }
                double tol = 1e-5 * Math.sqrt(k) + 1e-6;
                assertEquals(s, fresh.get(i, j), tol, "C[" + i + "," + j + "]");
                assertEquals(s + c0.get(i, j), c.get(i, j), tol, "accumulated C[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void overwritesWhenNotAccumulating() {
        Matrix a = new Matrix(1, 2, new float[] {1, 2});
        Matrix b = new Matrix(2, 1, new float[] {3, 4});
        Matrix c = new Matrix(1, 1, new float[] {100});
        Gemm.multiply(a, false, b, false, c, false);
        assertEquals(11f, c.data[0]);
    }

    @Test
    void rejectsMismatchedShapesNamingThem() {
        Matrix a = new Matrix(2, 3);
        Matrix b = new Matrix(4, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gemm.multiply(a, false, b, false));
        assertEquals("gemm shapes: op(A) 2x3, op(B) 4x5, C 2x5", e.getMessage());
    }
}
