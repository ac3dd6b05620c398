package org.enecg.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization",
 * arXiv:1711.05101; Adam: Kingma &amp; Ba, arXiv:1412.6980), step for step as {@code torch.optim.AdamW}
 * (amsgrad off, no maximise):
 * <pre>
 *   θ ← θ·(1 − lr·λ)
 *   m ← β1·m + (1 − β1)·g          v ← β2·v + (1 − β2)·g²
 *   θ ← θ − (lr / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε)
 * </pre>
 * {@link #defaults(List, double)} uses PyTorch's defaults: β = (0.9, 0.999), ε = 1e-8, λ (weight decay) = 0.01
 * (torch.optim.AdamW docstring: "betas ... (default: (0.9, 0.999)), eps ... (default: 1e-8), weight_decay ...
 * (default: 1e-2)"). The paper's code calls {@code AdamW(model.parameters(), lr=1e-4)}, so these apply there.
 * Moments and parameters are float, as in PyTorch; the bias corrections are computed in double.
 */
public final class AdamW {
    private final List<Param> params;
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final float[][] m;
    private final float[][] v;
    private final int[] paramSteps;   // per parameter, as torch keeps "step" in each parameter's state
    private int step;

    /** Optimises the trainable parameters among {@code params}; frozen ones are ignored. */
    public AdamW(List<Param> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        if (!(lr > 0)) throw new IllegalArgumentException("learning rate must be positive, found " + lr);
        if (!(beta1 >= 0 && beta1 < 1)) throw new IllegalArgumentException("beta1 must be in [0, 1), found " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("beta2 must be in [0, 1), found " + beta2);
        if (!(eps >= 0)) throw new IllegalArgumentException("eps must be non-negative, found " + eps);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight decay must be non-negative, found " + weightDecay);
        List<Param> trainable = new ArrayList<>();
        for (Param p : params) if (p.trainable()) trainable.add(p);
        this.params = List.copyOf(trainable);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.m = new float[this.params.size()][];
        this.v = new float[this.params.size()][];
        this.paramSteps = new int[this.params.size()];
        for (int i = 0; i < this.params.size(); i++) {
            m[i] = new float[this.params.get(i).size()];
            v[i] = new float[this.params.get(i).size()];
        }
    }

    /** PyTorch's defaults with the given learning rate. */
    public static AdamW defaults(List<Param> params, double lr) {
        return new AdamW(params, lr, 0.9, 0.999, 1e-8, 0.01);
    }

    /** One update from the accumulated gradients (which are left as they are: call {@link #zeroGrad()}). */
    public void step() {
        step(p -> true);
    }

    /**
     * One update of the parameters {@code updated} accepts; the others do not move at all (no weight decay, no moment
     * update, their step count unchanged), as torch skips a parameter whose gradient is None: a parameter of a task
     * without labels in the batch keeps its value and its optimiser state.
     */
    public void step(java.util.function.Predicate<Param> updated) {
        step++;
        float decay = (float) (1 - lr * weightDecay);
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - beta1);
        float c2 = (float) (1 - beta2);
        float e = (float) eps;
        for (int pi = 0; pi < params.size(); pi++) {
            Param p = params.get(pi);
            if (!updated.test(p)) continue;
            int t = ++paramSteps[pi];
            double bc1 = 1 - Math.pow(beta1, t);
            float invSqrtBc2 = (float) (1 / Math.sqrt(1 - Math.pow(beta2, t)));
            float stepSize = (float) (lr / bc1);
            float[] theta = p.value();
            float[] g = p.grad();
            float[] mp = m[pi];
            float[] vp = v[pi];
            // one straight loop over zero-based arrays, so it compiles to SIMD
            for (int i = 0; i < theta.length; i++) {
                float gi = g[i];
                float mi = b1 * mp[i] + c1 * gi;
                float vi = b2 * vp[i] + c2 * gi * gi;
                mp[i] = mi;
                vp[i] = vi;
                theta[i] = theta[i] * decay - stepSize * mi / ((float) Math.sqrt(vi) * invSqrtBc2 + e);
            }
        }
    }

    public void zeroGrad() {
        for (Param p : params) p.zeroGrad();
    }

    /** Number of steps taken (of the optimiser; a parameter skipped by {@link #step(java.util.function.Predicate)} took fewer). */
    public int steps() { return step; }

    /** The parameters it updates. */
    public List<Param> parameters() { return params; }

    @Override
    public String toString() {
        return "AdamW(lr=" + lr + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps + ", weight_decay=" + weightDecay + ")";
    }
}
