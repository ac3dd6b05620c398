package org.enecg.expert.onnx;

import java.util.Locale;

/** What is applied to a model's raw output for each item, before fold averaging and pooling. */
public enum Activation {
    /** Raw outputs (embeddings, logits, scores). */
    NONE,
    /** Softmax over the outputs: class probabilities (needed to average folds or beats as probabilities). */
    SOFTMAX,
    /** Logistic function on each output: independent probabilities of multi-label logits. */
    SIGMOID;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Activation parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        for (Activation a : values()) if (a.key().equals(k)) return a;
        throw new IllegalArgumentException("unknown activation '" + s + "'; expected none, softmax or sigmoid");
    }

    /** Applies the activation to one output vector in place (softmax in double precision, max subtracted). */
    public void applyInPlace(float[] v) {
        switch (this) {
            case NONE -> { }
            case SIGMOID -> {
                for (int i = 0; i < v.length; i++) v[i] = (float) (1.0 / (1.0 + Math.exp(-v[i])));
            }
            case SOFTMAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (float x : v) max = Math.max(max, x);
                double sum = 0;
                double[] e = new double[v.length];
                for (int i = 0; i < v.length; i++) sum += e[i] = Math.exp(v[i] - max);
                for (int i = 0; i < v.length; i++) v[i] = (float) (e[i] / sum);
            }
        }
    }
}
