package org.enecg.expert.onnx;

import java.util.Arrays;
import java.util.Objects;

/**
 * A model input that gets the same values for every item, shaped {@code [batch, values.length]} (e.g. the CinC 2020
 * rhythm model's {@code demo} input gets the upstream "unknown" age and sex, 60 and 0, never the record's own age
 * or sex, which are tasks to predict).
 *
 * @param name   the model's input name
 * @param values the values of one item
 * @param note   why these values (shown in docs, part of the fingerprint only through the values)
 */
public record ConstantInput(String name, double[] values, String note) {

    public ConstantInput {
        Objects.requireNonNull(name, "name");
        values = values.clone();
        if (values.length == 0) throw new IllegalArgumentException("constant input '" + name + "' has no values");
    }

    @Override public double[] values() { return values.clone(); }

    /** Canonical text for fingerprints. */
    public String describe() { return name + "=" + Arrays.toString(values); }

    @Override public boolean equals(Object o) {
        return o instanceof ConstantInput c && c.name.equals(name) && Arrays.equals(c.values, values);
    }

    @Override public int hashCode() { return 31 * name.hashCode() + Arrays.hashCode(values); }
}
