package org.enecg.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.enecg.nn.Gemm;
import org.enecg.nn.Matrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shapes one head step multiplies, through {@link Gemm} and through the plain triple loop on flat arrays that
 * the kernel replaced ({@code c[i*n+j] += a * b[p*n+j]}), in one run so they compare as ratios.
 * docs/benchmarks/training.md has the command and results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GemmBench {
    Matrix x16x256, w256x256, w256x256t, a256x8, x16x5000, c16x256, c16x8;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        x16x256 = random(16, 256, r);
        w256x256 = random(256, 256, r);
        w256x256t = random(256, 256, r);
        a256x8 = random(256, 8, r);
        x16x5000 = random(16, 5000, r);
        c16x256 = new Matrix(16, 256);
        c16x8 = new Matrix(16, 8);
    }

    static Matrix random(int rows, int cols, SplittableRandom r) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = (float) r.nextGaussian();
        return m;
    }

    /** Layer 2 forward, 16 × 256 · 256 × 256 (1 M multiply-adds). */
    @Benchmark
    public Matrix hidden256Kernel() {
        Gemm.multiply(x16x256, false, w256x256, false, c16x256, false);
        return c16x256;
    }

    @Benchmark
    public Matrix hidden256FlatLoop() {
        flat(x16x256.data, w256x256.data, c16x256.data, 16, 256, 256);
        return c16x256;
    }

    /** Gradient through a trainable layer, dY · Wᵀ (transposed inside the kernel). */
    @Benchmark
    public Matrix hidden256TransposedKernel() {
        Gemm.multiply(x16x256, false, w256x256t, true, c16x256, false);
        return c16x256;
    }

    /** A LoRA product, 16 × 256 · 256 × 8 (narrow output). */
    @Benchmark
    public Matrix loraRank8Kernel() {
        Gemm.multiply(x16x256, false, a256x8, false, c16x8, false);
        return c16x8;
    }

    @Benchmark
    public Matrix loraRank8FlatLoop() {
        flat(x16x256.data, a256x8.data, c16x8.data, 16, 256, 8);
        return c16x8;
    }

    private static void flat(float[] a, float[] b, float[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0f);
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                for (int j = 0; j < n; j++) c[i * n + j] += aip * b[p * n + j];
            }
        }
    }
}
