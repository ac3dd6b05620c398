package org.enecg.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A frozen linear layer with a trainable low-rank update (LoRA, Hu et al. 2021, arXiv:2106.09685):
 * {@code y = x·W + b + (α/r) · dropout(x)·A·B}, with {@code W}, {@code b} frozen and random, {@code A}
 * ({@code in × r}) and {@code B} ({@code r × out}) trained. As in the PEFT library the paper's code uses:
 * {@code A} starts U(-1/√in, 1/√in), {@code B} starts at zero (so training starts from the base layer exactly),
 * the scaling is {@code alpha / rank}, dropout acts on the adapter's input only, and the bias is not trained
 * ({@code bias="none"}).
 *
 * <p>Because the base is frozen and dropout does not touch it, {@code x·W + b} on fixed inputs never
 * changes during training: {@link #forward(Matrix, Matrix, Pass)} takes it precomputed, which removes the
 * dominant cost of the paper's gate (a 5000 × 256 product per record per step).
 */
public final class LoraLinear implements Layer {
    private final Linear base;
    private final Param a;
    private final Param b;
    private final float scaling;
    private final double dropout;

    private Matrix lastDropped;  // dropout(x), the adapter's input
    private Matrix lastMask;     // per-element dropout multiplier (0 or 1/(1-p)); null when no dropout
    private Matrix lastHidden;   // (α/r) · dropout(x)·A
    private boolean hasForward;

    /**
     * @param name    parameter name prefix
     * @param in      input width
     * @param out     output width
     * @param rank    adapter rank r (at least 1)
     * @param alpha   LoRA alpha; the update is scaled by {@code alpha / rank}
     * @param dropout dropout probability on the adapter input, in [0, 1)
     * @param rng     initialisation draws (base weights first, then A)
     */
    public LoraLinear(String name, int in, int out, int rank, double alpha, double dropout, SplittableRandom rng) {
        if (rank < 1) throw new IllegalArgumentException(name + ": LoRA rank must be at least 1, found " + rank);
        if (!(alpha > 0)) throw new IllegalArgumentException(name + ": LoRA alpha must be positive, found " + alpha);
        if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException(name + ": dropout must be in [0, 1), found " + dropout);
        this.base = new Linear(name + ".base", in, out, false, rng);
        this.a = Param.create(name + ".loraA", in, rank, true);
        this.b = Param.create(name + ".loraB", rank, out, true);
        Init.uniformFanIn(a, in, rng);
        this.scaling = (float) (alpha / rank);
        this.dropout = dropout;
    }

    public Linear base() { return base; }

    public Param loraA() { return a; }

    public Param loraB() { return b; }

    public float scaling() { return scaling; }

    public int inputSize() { return base.inputSize(); }

    public int outputSize() { return base.outputSize(); }

    @Override
    public Matrix forward(Matrix x, Pass pass) {
        return forward(x, base.forward(x, pass), pass);
    }

    /**
     * The forward pass with the frozen part {@code x·W + b} already computed (by {@code base().forward(x)}).
     * {@code baseOut} is not modified.
     */
    public Matrix forward(Matrix x, Matrix baseOut, Pass pass) {
        if (x.cols != a.rows()) throw new IllegalArgumentException(a.name() + ": input has " + x.cols + " columns, layer takes " + a.rows());
        if (baseOut.rows != x.rows || baseOut.cols != b.cols()) {
            throw new IllegalArgumentException(a.name() + ": precomputed base output " + baseOut + " does not fit input " + x);
        }
        Matrix dropped = x;
        Matrix mask = null;
        if (pass.training() && dropout > 0) {
            mask = new Matrix(x.rows, x.cols);
            dropped = new Matrix(x.rows, x.cols);
            float keep = (float) (1.0 / (1.0 - dropout));
            // drop when a 32-bit uniform falls below p·2³²: two draws per nextLong
            long threshold = (long) Math.floor(dropout * 4294967296.0);
            SplittableRandom rng = pass.rng();
            float[] xs = x.data;
            int len = xs.length;
            for (int i = 0; i < len; i += 2) {
                long bits = rng.nextLong();
                if ((bits & 0xFFFFFFFFL) >= threshold) {
                    mask.data[i] = keep;
                    dropped.data[i] = xs[i] * keep;
                }
                if (i + 1 < len && (bits >>> 32) >= threshold) {
                    mask.data[i + 1] = keep;
                    dropped.data[i + 1] = xs[i + 1] * keep;
                }
            }
        }
        Matrix hidden = Gemm.multiply(dropped, false, a.matrix(), false);
        for (int i = 0; i < hidden.data.length; i++) hidden.data[i] *= scaling;
        Matrix y = baseOut.copy();
        Gemm.multiply(hidden, false, b.matrix(), false, y, true);
        lastDropped = dropped;
        lastMask = mask;
        lastHidden = hidden;
        hasForward = true;
        return y;
    }

    @Override
    public Matrix backward(Matrix dOut, boolean needInputGrad) {
        if (!hasForward) throw new IllegalStateException(a.name() + ": backward before forward");
        // dB = hiddenᵀ · dY (hidden already carries the scaling)
        Gemm.multiply(lastHidden, true, dOut, false, gradOf(b), true);
        // dHidden = (α/r) · dY · Bᵀ, then dA = dropped(x)ᵀ · dHidden
        Matrix dHidden = Gemm.multiply(dOut, false, b.matrix(), true);
        for (int i = 0; i < dHidden.data.length; i++) dHidden.data[i] *= scaling;
        Gemm.multiply(lastDropped, true, dHidden, false, gradOf(a), true);
        if (!needInputGrad) return null;
        Matrix dx = base.inputGradient(dOut);
        Matrix dDropped = Gemm.multiply(dHidden, false, a.matrix(), true);
        if (lastMask == null) {
            for (int i = 0; i < dx.data.length; i++) dx.data[i] += dDropped.data[i];
        } else {
            for (int i = 0; i < dx.data.length; i++) dx.data[i] += dDropped.data[i] * lastMask.data[i];
        }
        return dx;
    }

    private static Matrix gradOf(Param p) { return new Matrix(p.rows(), p.cols(), p.grad()); }

    @Override
    public List<Param> parameters() {
        return List.of(base.weight(), base.bias(), a, b);
    }
}
