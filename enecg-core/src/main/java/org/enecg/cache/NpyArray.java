package org.enecg.cache;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array as a NumPy {@code .npy} file holds it: a dtype, a shape and the values in C
 * (row-major) order. The values are kept in the widest Java type of their kind ({@code double[]} for
 * floating point, {@code long[]} for integers) plus a {@code float[]} for float32, so a float32 file costs
 * no conversion.
 *
 * @param dtype  the NumPy type of the file, normalised to little-endian (e.g. {@code <f4}, {@code <i8}, {@code |u1})
 * @param shape  dimensions; empty for a scalar
 * @param floats values for {@code <f4}, else null
 * @param doubles values for {@code <f8}, else null
 * @param longs  values for integer dtypes, else null
 */
public record NpyArray(String dtype, int[] shape, float[] floats, double[] doubles, long[] longs) {

    public NpyArray {
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        long n = count(shape);
        int kinds = (floats != null ? 1 : 0) + (doubles != null ? 1 : 0) + (longs != null ? 1 : 0);
        if (kinds != 1) throw new IllegalArgumentException("exactly one value array must be given, found " + kinds);
        int len = floats != null ? floats.length : doubles != null ? doubles.length : longs.length;
        if (len != n) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, found " + len);
        }
    }

    /** Number of values a shape holds. */
    public static long count(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            n *= d;
        }
        return n;
    }

    public static NpyArray ofFloats(float[] values, int... shape) {
        return new NpyArray("<f4", shape, values, null, null);
    }

    public static NpyArray ofDoubles(double[] values, int... shape) {
        return new NpyArray("<f8", shape, null, values, null);
    }

    /** 64-bit integers ({@code <i8}). */
    public static NpyArray ofLongs(long[] values, int... shape) {
        return new NpyArray("<i8", shape, null, null, values);
    }

    /** A float32 matrix from rows of equal length. */
    public static NpyArray ofMatrix(float[][] rows, int cols) {
        float[] flat = new float[Math.multiplyExact(rows.length, cols)];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + cols);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return ofFloats(flat, rows.length, cols);
    }

    public int size() { return (int) count(shape); }

    @Override public int[] shape() { return shape.clone(); }

    /** The values as float32 (converted when the file held another type). */
    public float[] asFloats() {
        if (floats != null) return floats;
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) out[i] = doubles != null ? (float) doubles[i] : (float) longs[i];
        return out;
    }

    /** The values as float64. */
    public double[] asDoubles() {
        if (doubles != null) return doubles;
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) out[i] = floats != null ? floats[i] : (double) longs[i];
        return out;
    }

    /** The values as integers; fails for floating-point arrays. */
    public long[] asLongs() {
        if (longs == null) throw new IllegalStateException("array of dtype " + dtype + " is not an integer array");
        return longs;
    }

    /** A 2-D array as float rows ({@code rows x cols}); fails for any other rank. */
    public float[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a 2-D array, found shape " + Arrays.toString(shape));
        }
        float[] v = asFloats();
        float[][] out = new float[shape[0]][shape[1]];
        for (int r = 0; r < shape[0]; r++) System.arraycopy(v, r * shape[1], out[r], 0, shape[1]);
        return out;
    }

    @Override public boolean equals(Object o) {
        return o instanceof NpyArray a && a.dtype.equals(dtype) && Arrays.equals(a.shape, shape)
                && Arrays.equals(a.floats, floats) && Arrays.equals(a.doubles, doubles) && Arrays.equals(a.longs, longs);
    }

    @Override public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(floats), Arrays.hashCode(doubles),
                Arrays.hashCode(longs));
    }

    @Override public String toString() { return "NpyArray[" + dtype + " " + Arrays.toString(shape) + "]"; }
}
