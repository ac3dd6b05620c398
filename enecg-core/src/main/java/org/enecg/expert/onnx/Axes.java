package org.enecg.expert.onnx;

import java.util.Locale;

/** The order of the axes of a model's signal input. */
public enum Axes {
    /** {@code [batch, leads, samples]}: PyTorch's Conv1d layout (ECG-FM, MOMENT, most PyTorch models). */
    BATCH_LEADS_SAMPLES("batch,leads,samples", 3),
    /** {@code [batch, samples, leads]}: channels last (Keras/TensorFlow models). */
    BATCH_SAMPLES_LEADS("batch,samples,leads", 3),
    /** {@code [batch, samples]}: one lead and no lead axis. */
    BATCH_SAMPLES("batch,samples", 2);

    private final String key;
    private final int rank;

    Axes(String key, int rank) {
        this.key = key;
        this.rank = rank;
    }

    public String key() { return key; }

    public int rank() { return rank; }

    /** The shape of a batch of {@code batch} items of {@code leads x samples}. */
    public long[] shape(int batch, int leads, int samples) {
        switch (this) {
            case BATCH_LEADS_SAMPLES: return new long[] {batch, leads, samples};
            case BATCH_SAMPLES_LEADS: return new long[] {batch, samples, leads};
            default: return new long[] {batch, samples};
        }
    }

    public static Axes parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        for (Axes a : values()) if (a.key.equals(k)) return a;
        throw new IllegalArgumentException("unknown axes '" + s + "'; expected batch,leads,samples or batch,samples,leads or batch,samples");
    }
}
