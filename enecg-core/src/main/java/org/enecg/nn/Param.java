package org.enecg.nn;

import java.util.Objects;

/**
 * One parameter tensor of a layer: its values, the gradient accumulated by backward passes, and whether the
 * optimiser may change it. Frozen parameters (LoRA base weights) still have values, never gradients.
 *
 * @param name      stable name, used in model files (e.g. {@code head.rhythm.age.l1.loraA})
 * @param rows      rows of the tensor (a bias has 1)
 * @param cols      columns
 * @param value     the values, row-major, {@code rows * cols} long
 * @param grad      the gradient, same shape; zero-length for frozen parameters
 * @param trainable whether the optimiser updates it
 */
public record Param(String name, int rows, int cols, float[] value, float[] grad, boolean trainable) {

    public Param {
        Objects.requireNonNull(name, "name");
        if ((long) rows * cols != value.length) {
            throw new IllegalArgumentException("param " + name + ": shape " + rows + "x" + cols + " but " + value.length + " values");
        }
        if (trainable && grad.length != value.length) {
            throw new IllegalArgumentException("param " + name + ": gradient size " + grad.length + " differs from value size " + value.length);
        }
    }

    /** A zero-initialised parameter. */
    public static Param create(String name, int rows, int cols, boolean trainable) {
        int n = rows * cols;
        return new Param(name, rows, cols, new float[n], trainable ? new float[n] : new float[0], trainable);
    }

    public int size() { return value.length; }

    /** The values viewed as a matrix (shared, not copied). */
    public Matrix matrix() { return new Matrix(rows, cols, value); }

    public void zeroGrad() { java.util.Arrays.fill(grad, 0f); }

    @Override public String toString() { return name + "[" + rows + "x" + cols + (trainable ? "" : ", frozen") + "]"; }
}
