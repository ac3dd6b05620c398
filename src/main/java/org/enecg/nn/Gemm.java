package org.enecg.nn;

/**
 * The one matrix-multiply kernel every layer uses: {@code C = op(A) · op(B)}, or {@code C += op(A) · op(B)},
 * on row-major float arrays, where {@code op(X)} is {@code X} or its transpose.
 *
 * <p>Loop orders are chosen so the innermost loop walks contiguous memory and writes contiguous memory (an
 * "axpy" {@code c[j] += a * b[j]}), which HotSpot's C2 compiles to SIMD; no allocation happens inside the
 * loops. Zero multipliers are skipped, which pays off after ReLU (about half the activations are zero). The
 * {@code A · Bᵀ} case (used to send gradients back through a layer) is a row-by-row dot product; it keeps
 * eight partial sums so the processor can overlap them. Summation order is fixed, so results are
 * bit-for-bit reproducible on one JVM. Single-threaded: parallelism, where it pays, is across models.
 */
public final class Gemm {
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
        if (!transA && !transB) nn(m, n, k, a.data, b.data, c.data);
        else if (transA) tn(m, n, k, a.data, b.data, c.data);
        else nt(m, n, k, a.data, b.data, c.data);
    }

    /** Returns a new {@code op(a) · op(b)}. */
    public static Matrix multiply(Matrix a, boolean transA, Matrix b, boolean transB) {
        Matrix c = new Matrix(transA ? a.cols : a.rows, transB ? b.rows : b.cols);
        multiply(a, transA, b, transB, c, true);
        return c;
    }

    /** C[m×n] += A[m×k] · B[k×n]. */
    private static void nn(int m, int n, int k, float[] a, float[] b, float[] c) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                float aip = a[ai + p];
                if (aip == 0f) continue;
                axpy(aip, b, p * n, c, ci, n);
            }
        }
    }

    /** C[m×n] += Aᵀ · B with A stored k×m, B k×n. */
    private static void tn(int m, int n, int k, float[] a, float[] b, float[] c) {
        for (int p = 0; p < k; p++) {
            int ap = p * m;
            int bp = p * n;
            for (int i = 0; i < m; i++) {
                float api = a[ap + i];
                if (api == 0f) continue;
                axpy(api, b, bp, c, i * n, n);
            }
        }
    }

    /** C[m×n] += A · Bᵀ with A stored m×k, B n×k: dot products of rows. */
    private static void nt(int m, int n, int k, float[] a, float[] b, float[] c) {
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] += dot(a, ai, b, j * k, k);
            }
        }
    }

    private static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int len) {
        for (int j = 0; j < len; j++) y[yOff + j] += alpha * x[xOff + j];
    }

    private static float dot(float[] x, int xOff, float[] y, int yOff, int len) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + 8 <= len; j += 8) {
            s0 += x[xOff + j] * y[yOff + j];
            s1 += x[xOff + j + 1] * y[yOff + j + 1];
            s2 += x[xOff + j + 2] * y[yOff + j + 2];
            s3 += x[xOff + j + 3] * y[yOff + j + 3];
            s4 += x[xOff + j + 4] * y[yOff + j + 4];
            s5 += x[xOff + j + 5] * y[yOff + j + 5];
            s6 += x[xOff + j + 6] * y[yOff + j + 6];
            s7 += x[xOff + j + 7] * y[yOff + j + 7];
        }
        for (; j < len; j++) s0 += x[xOff + j] * y[yOff + j];
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
