package org.enecg.nn;

import java.util.Arrays;

/**
 * A dense row-major matrix of floats: element (r, c) is {@code data[r * cols + c]}. A batch of vectors is a
 * matrix with one row per example. Mutable on purpose (layers fill their outputs in place); the name says
 * so, and nothing here is shared between threads.
 */
public final class Matrix {
    public final int rows;
    public final int cols;
    public final float[] data;

    public Matrix(int rows, int cols) {
        this(rows, cols, new float[checkedSize(rows, cols)]);
    }

    /** Wraps {@code data} (not copied); its length must be {@code rows * cols}. */
    public Matrix(int rows, int cols, float[] data) {
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " needs " + (long) rows * cols
                    + " values, found " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("matrix shape must be non-negative, found " + rows + "x" + cols);
        long n = (long) rows * cols;
        if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("matrix " + rows + "x" + cols + " is too large");
        return (int) n;
    }

    public float get(int r, int c) { return data[r * cols + c]; }

    public void set(int r, int c, float v) { data[r * cols + c] = v; }

    /** A deep copy. */
    public Matrix copy() { return new Matrix(rows, cols, data.clone()); }

    /** Rows {@code rowIndex[i]} of {@code source} (arrays of equal length) stacked into a new matrix. */
    public static Matrix gather(float[][] source, int[] rowIndex, int cols) {
        Matrix m = new Matrix(rowIndex.length, cols);
        for (int i = 0; i < rowIndex.length; i++) {
            float[] src = source[rowIndex[i]];
            if (src.length != cols) {
                throw new IllegalArgumentException("row " + rowIndex[i] + " has " + src.length + " values, expected " + cols);
            }
            System.arraycopy(src, 0, m.data, i * cols, cols);
        }
        return m;
    }

    /** Rows {@code rowIndex[i]} of this matrix stacked into a new matrix. */
    public Matrix selectRows(int[] rowIndex) {
        Matrix m = new Matrix(rowIndex.length, cols);
        for (int i = 0; i < rowIndex.length; i++) System.arraycopy(data, rowIndex[i] * cols, m.data, i * cols, cols);
        return m;
    }

    public void fill(float v) { Arrays.fill(data, v); }

    @Override public String toString() { return "Matrix[" + rows + "x" + cols + "]"; }
}
