package org.enecg.nn;

/**
 * The one matrix-multiply kernel every layer uses: {@code C = op(A) · op(B)}, or {@code C += op(A) · op(B)},
 * on row-major float arrays, where {@code op(X)} is {@code X} or its transpose.
 *
 * <p>Why it looks like this (measured, docs/benchmarks/training.md): HotSpot C2 on JDK 17 compiles the
 * "axpy" loop {@code y[j] += a * x[j]} to SIMD only when both arrays are indexed from zero; with two offsets
 * ({@code y[yo + j] += a * x[xo + j]}) it cannot rule out overlap and emits scalar code, 5-10 times slower, and
 * it never vectorises float dot products (their summation order is fixed by the language). So the kernel works
 * on per-thread scratch rows indexed from zero: a block of C's rows is copied in, each row of op(B) is copied
 * (or, for {@code A · Bᵀ}, transposed once) into a zero-based row, every C row of the block takes an axpy with
 * it, and the block is copied back. Copies cost O(1/m) of the multiply. Zero multipliers are skipped, which pays
 * off after ReLU. No allocation happens in the loops once the scratch has grown. Summation order is fixed, so
 * results are bit-for-bit reproducible on one JVM. Single-threaded: parallelism, where it pays, is across models.
 */
public final class Gemm {
    /** Floats of C kept in scratch at once (32 KiB, about one L1 data cache). */
    private static final int BLOCK_FLOATS = 8192;

    /** Below this many output columns the scalar path is faster (see {@link #narrow}). */
    private static final int NARROW = 32;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Gemm() {}

    /**
     * {@code c = op(a) · op(b)} (or {@code c += ...} when {@code accumulate}).
     *
     * @param a          left operand; {@code op(a)} is {@code m × k}
     * @param transA     use {@code aᵀ}: then {@code a} is {@code k × m}
     * @param b          right operand; {@code op(b)} is {@code k × n}
     * @param transB     use {@code bᵀ}: then {@code b} is {@code n × k}
     * @param c          result, {@code m × n}
     * @param accumulate add to {@code c} instead of overwriting it
     */
    public static void multiply(Matrix a, boolean transA, Matrix b, boolean transB, Matrix c, boolean accumulate) {
        int m = transA ? a.cols : a.rows;
        int k = transA ? a.rows : a.cols;
        int kb = transB ? b.cols : b.rows;
        int n = transB ? b.rows : b.cols;
        if (k != kb || c.rows != m || c.cols != n) {
            throw new IllegalArgumentException("gemm shapes: op(A) " + m + "x" + k + ", op(B) " + kb + "x" + n
                    + ", C " + c.rows + "x" + c.cols);
        }
        if (transA && transB) throw new UnsupportedOperationException("gemm: Aᵀ·Bᵀ is not needed by any layer");
        if (!accumulate) java.util.Arrays.fill(c.data, 0f);
        if (m == 0 || n == 0 || k == 0) return;
        if (n < NARROW) {
            narrow(m, n, k, a.data, transA, b.data, transB, c.data);
            return;
        }
        Scratch s = SCRATCH.get();
        float[][] bRows = null;
        if (transB) {
            bRows = s.transposed(k, n);
            float[] bd = b.data;
            for (int p = 0; p < k; p++) {
                float[] row = bRows[p];
                for (int j = 0; j < n; j++) row[j] = bd[j * k + p];
            }
        }
        float[] bRow = s.row(n);
        int block = Math.max(1, Math.min(m, BLOCK_FLOATS / n));
        float[][] cRows = s.block(block, n);
        float[] ad = a.data;
        float[] cd = c.data;
        for (int i0 = 0; i0 < m; i0 += block) {
            int mb = Math.min(block, m - i0);
            for (int ii = 0; ii < mb; ii++) System.arraycopy(cd, (i0 + ii) * n, cRows[ii], 0, n);
            for (int p = 0; p < k; p++) {
                float[] bp;
                if (bRows != null) {
                    bp = bRows[p];
                } else {
                    System.arraycopy(b.data, p * n, bRow, 0, n);
                    bp = bRow;
                }
                for (int ii = 0; ii < mb; ii++) {
                    int i = i0 + ii;
                    float aip = transA ? ad[p * m + i] : ad[i * k + p];
                    if (aip != 0f) axpy(aip, bp, cRows[ii], n);
                }
            }
            for (int ii = 0; ii < mb; ii++) System.arraycopy(cRows[ii], 0, cd, (i0 + ii) * n, n);
        }
    }

    /** Returns a new {@code op(a) · op(b)}. */
    public static Matrix multiply(Matrix a, boolean transA, Matrix b, boolean transB) {
        Matrix c = new Matrix(transA ? a.cols : a.rows, transB ? b.rows : b.cols);
        multiply(a, transA, b, transB, c, true);
        return c;
    }

    /**
     * Outputs narrower than {@value #NARROW} columns (LoRA's rank-r products, small heads): an axpy of a few floats
     * costs more in loop set-up than it computes, and C2 will not vectorise a reduction, so each row of C is built
     * eight columns at a time in eight scalar accumulators, with the long k dimension innermost (measured about
     * twice as fast as gathered dot products for 16 × 5000 · 5000 × 8).
     */
    private static void narrow(int m, int n, int k, float[] a, boolean transA, float[] b, boolean transB, float[] c) {
        if (transA && !transB && m >= NARROW) {
            // Aᵀ·B with a wide m (LoRA's dA = xᵀ·dH over 5000 inputs): compute (Aᵀ·B)ᵀ = Bᵀ·A with the wide kernel
            Matrix t = new Matrix(n, m);
            multiply(new Matrix(k, n, b), true, new Matrix(k, m, a), false, t, true);
            for (int j = 0; j < n; j++) {
                int tj = j * m;
                for (int i = 0; i < m; i++) c[i * n + j] += t.data[tj + i];
            }
            return;
        }
        // element (i, p) of op(A) is a[ai + p * as]; element (p, j) of op(B) is b[j * bj + p * bp]
        int as = transA ? m : 1;
        int bp = transB ? 1 : n;
        int bj = transB ? k : 1;
        for (int i = 0; i < m; i++) {
            int ai = transA ? i : i * k;
            int j0 = 0;
            for (; j0 + 8 <= n; j0 += 8) eight(a, ai, as, b, j0 * bj, bj, bp, k, c, i * n + j0);
            for (; j0 < n; j0++) {
                float s = 0;
                int bo = j0 * bj;
                for (int p = 0; p < k; p++) s += a[ai + p * as] * b[bo + p * bp];
                c[i * n + j0] += s;
            }
        }
    }

    /** Eight outputs of one row: {@code c[co + q] += Σ_p a[ai + p·as] · b[bo + q·bj + p·bp]} for q = 0..7. */
    private static void eight(float[] a, int ai, int as, float[] b, int bo, int bj, int bp, int k, float[] c, int co) {
        float c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
        for (int p = 0; p < k; p++) {
            float x = a[ai + p * as];
            int o = bo + p * bp;
            c0 += x * b[o];
            c1 += x * b[o + bj];
            c2 += x * b[o + 2 * bj];
            c3 += x * b[o + 3 * bj];
            c4 += x * b[o + 4 * bj];
            c5 += x * b[o + 5 * bj];
            c6 += x * b[o + 6 * bj];
            c7 += x * b[o + 7 * bj];
        }
        c[co] += c0;
        c[co + 1] += c1;
        c[co + 2] += c2;
        c[co + 3] += c3;
        c[co + 4] += c4;
        c[co + 5] += c5;
        c[co + 6] += c6;
        c[co + 7] += c7;
    }

    /** {@code y += alpha · x}, both indexed from zero so C2 emits SIMD. */
    private static void axpy(float alpha, float[] x, float[] y, int len) {
        for (int j = 0; j < len; j++) y[j] += alpha * x[j];
    }

    /** Per-thread zero-based rows, grown on demand and reused. */
    private static final class Scratch {
        private float[][] block = new float[0][0];
        private float[][] transposed = new float[0][0];
        private float[] row = new float[0];

        float[][] block(int rows, int cols) {
            if (block.length < rows || block[0].length < cols) block = new float[Math.max(rows, block.length)][Math.max(cols, block.length == 0 ? 0 : block[0].length)];
            return block;
        }

        float[][] transposed(int rows, int cols) {
            if (transposed.length < rows || transposed[0].length < cols) {
                transposed = new float[Math.max(rows, transposed.length)][Math.max(cols, transposed.length == 0 ? 0 : transposed[0].length)];
            }
            return transposed;
        }

        float[] row(int cols) {
            if (row.length < cols) row = new float[cols];
            return row;
        }
    }
}
