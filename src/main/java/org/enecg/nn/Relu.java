package org.enecg.nn;

import java.util.List;

/** {@code max(0, x)} element-wise. Its gradient at exactly 0 is taken as 0, as in PyTorch. */
public final class Relu implements Layer {
    private Matrix lastOutput;

    @Override
    public Matrix forward(Matrix x, Pass pass) {
        Matrix y = new Matrix(x.rows, x.cols);
        for (int i = 0; i < x.data.length; i++) y.data[i] = x.data[i] > 0 ? x.data[i] : 0f;
        lastOutput = y;
        return y;
    }

    /** Applies ReLU to {@code x} in place and remembers it for {@link #backward}. */
    public Matrix forwardInPlace(Matrix x) {
        for (int i = 0; i < x.data.length; i++) if (!(x.data[i] > 0)) x.data[i] = 0f;
        lastOutput = x;
        return x;
    }

    @Override
    public Matrix backward(Matrix dOut, boolean needInputGrad) {
        if (lastOutput == null) throw new IllegalStateException("relu: backward before forward");
        if (!needInputGrad) return null;
        Matrix dx = new Matrix(dOut.rows, dOut.cols);
        for (int i = 0; i < dx.data.length; i++) dx.data[i] = lastOutput.data[i] > 0 ? dOut.data[i] : 0f;
        return dx;
    }

    @Override public List<Param> parameters() { return List.of(); }
}
