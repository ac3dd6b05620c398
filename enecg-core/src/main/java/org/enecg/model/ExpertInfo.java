package org.enecg.model;

import java.util.Objects;

/**
 * An expert as the model knows it: its name, its fingerprint (the cache key: same fingerprint, same outputs)
 * and its output size. A model only accepts tables whose experts match all three.
 */
public record ExpertInfo(String name, String fingerprint, int dim) {
    public ExpertInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (dim < 1) throw new IllegalArgumentException("expert " + name + ": output size must be at least 1, found " + dim);
    }
}
