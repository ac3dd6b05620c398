package org.enecg.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to open an expert of a saved model again and check it is the same one: its name, the reference it was opened
 * by (a registry name such as {@code rhythm}, or a model-card path), and every field of its fingerprint (name,
 * version, input spec, parameters, weights hash), so that a mismatch can say what changed, not only that the hash
 * differs. Optional in the model file: a model trained through the library API may carry none.
 *
 * @param name        the expert's name, as in {@link ExpertInfo#name()}
 * @param reference   what opens it: a registry name, or a card path (relative to the installation when inside it)
 * @param fingerprint fingerprint field → value, including {@code name}, {@code version} and {@code weights}
 */
public record ExpertOrigin(String name, String reference, SortedMap<String, String> fingerprint) {
    public ExpertOrigin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        fingerprint = Collections.unmodifiableSortedMap(new TreeMap<>(fingerprint));
    }
}
