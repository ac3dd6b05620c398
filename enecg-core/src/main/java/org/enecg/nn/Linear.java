package org.enecg.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fully connected layer {@code y = x·W + b}, with {@code W} stored {@code in × out} (the transpose of
 * PyTorch's layout, so the forward product streams along rows). Weights and bias are each trainable or frozen:
 * under LoRA the base layer is frozen, in full training both train. Initialised as {@code torch.nn.Linear}:
 * both U(-1/√in, 1/√in) ({@link Init#uniformFanIn}).
 */
public final class Linear implements Layer {
    private final Param weight;
    private final Param bias;
    private Matrix lastInput;
    private Matrix frozenTranspose; // Wᵀ, built once, for gradients through a frozen layer

    /**
     * @param name      parameter name prefix
     * @param in        input width
     * @param out       output width
     * @param trainable whether weight and bias are trained (false: frozen, as a LoRA base layer)
     * @param rng       initialisation draws
     */
    public Linear(String name, int in, int out, boolean trainable, SplittableRandom rng) {
        if (in <= 0 || out <= 0) throw new IllegalArgumentException(name + ": layer widths must be positive, found " + in + "x" + out);
        this.weight = Param.create(name + ".weight", in, out, trainable);
        this.bias = Param.create(name + ".bias", 1, out, trainable);
        Init.uniformFanIn(weight, in, rng);
        Init.uniformFanIn(bias, in, rng);
    }

    public int inputSize() { return weight.rows(); }

    public int outputSize() { return weight.cols(); }

    public Param weight() { return weight; }

    public Param bias() { return bias; }

    @Override
    public Matrix forward(Matrix x, Pass pass) {
        Matrix y = apply(x);
        lastInput = x;   // for backward
        return y;
    }

    /**
     * {@code x·W + b} without remembering {@code x} for a backward pass: for the frozen base of a LoRA layer applied
     * once to every record ({@code LoraLinear}'s backward never reads the base's input), so the layer, and the model
     * holding it, does not keep the whole input matrix alive after training.
     */
    public Matrix apply(Matrix x) {
        Matrix y = new Matrix(x.rows, weight.cols());
        float[] b = bias.value();
        int out = y.cols;
        for (int i = 0; i < y.rows; i++) System.arraycopy(b, 0, y.data, i * out, out);
        Gemm.multiply(x, false, weight.matrix(), false, y, true);
        return y;
    }

    @Override
    public Matrix backward(Matrix dOut, boolean needInputGrad) {
        if (lastInput == null) throw new IllegalStateException(weight.name() + ": backward before forward");
        if (weight.trainable()) {
            Gemm.multiply(lastInput, true, dOut, false, new Matrix(weight.rows(), weight.cols(), weight.grad()), true);
        }
        if (bias.trainable()) {
            float[] db = bias.grad();
            int out = dOut.cols;
            for (int i = 0; i < dOut.rows; i++) {
                for (int j = 0; j < out; j++) db[j] += dOut.data[i * out + j];
            }
        }
        return needInputGrad ? inputGradient(dOut) : null;
    }

    /** {@code dOut · Wᵀ}: the gradient with respect to the input. For a frozen layer Wᵀ is built once and reused. */
    public Matrix inputGradient(Matrix dOut) {
        if (weight.trainable()) return Gemm.multiply(dOut, false, weight.matrix(), true);
        if (frozenTranspose == null) frozenTranspose = transpose(weight.matrix());
        return Gemm.multiply(dOut, false, frozenTranspose, false);
    }

    private static Matrix transpose(Matrix w) {
        Matrix t = new Matrix(w.cols, w.rows);
        for (int r = 0; r < w.rows; r++) for (int c = 0; c < w.cols; c++) t.data[c * w.rows + r] = w.data[r * w.cols + c];
        return t;
    }

    @Override public List<Param> parameters() { return List.of(weight, bias); }
}
