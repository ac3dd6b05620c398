package org.enecg.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the outputs an expert computes for the items of one record (windows, leads, beats) become the record's
 * one output vector. Pooling is shared code: experts compute items, never pool.
 */
public enum Pooling {
    /** The mean of the item outputs, element by element. */
    MEAN,
    /**
     * The mean of the item outputs followed by, for each output, the fraction of items whose largest output it is
     * (for class-probability outputs: mean probabilities, then the fraction of beats per class). Output names get
     * a {@code _fraction} suffix in the second half.
     */
    MEAN_AND_FRACTION;

    public static Pooling parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (k) {
            case "mean": return MEAN;
            case "mean_and_fraction": case "mean+fraction": return MEAN_AND_FRACTION;
            default: throw new IllegalArgumentException("unknown pooling '" + s + "'; expected mean or mean_and_fraction");
        }
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The names of the pooled outputs, given the names of an item's outputs. */
    public List<String> outputNames(List<String> itemNames) {
        List<String> out = new ArrayList<>(itemNames);
        if (this == MEAN_AND_FRACTION) for (String n : itemNames) out.add(n + "_fraction");
        return List.copyOf(out);
    }

    /**
     * Pools item outputs ({@code items x k}) into one vector. Sums run in double precision in item order, so the
     * result does not depend on how items were batched.
     */
    public float[] pool(float[][] itemOutputs) {
        if (itemOutputs.length == 0) throw new IllegalArgumentException("nothing to pool: the record produced no items");
        int k = itemOutputs[0].length;
        double[] sum = new double[k];
        int[] wins = new int[k];
        for (float[] o : itemOutputs) {
            if (o.length != k) throw new IllegalArgumentException("item outputs differ in length: " + o.length + " and " + k);
            int best = 0;
            for (int j = 0; j < k; j++) {
                sum[j] += o[j];
                if (o[j] > o[best]) best = j;
            }
            wins[best]++;
        }
        int n = itemOutputs.length;
        float[] out = new float[this == MEAN ? k : 2 * k];
        for (int j = 0; j < k; j++) {
            out[j] = (float) (sum[j] / n);
            if (this == MEAN_AND_FRACTION) out[k + j] = (float) wins[j] / n;
        }
        return out;
    }
}
