package org.enecg.pipeline;

import java.util.List;
import java.util.Objects;
import org.enecg.expert.Fingerprint;

/**
 * An opened expert's identity: its name, the reference that opens it again (a registry name, or a model-card path),
 * its fingerprint, and the labelled data sets it was trained on (a model card's {@code training_data}; empty for the
 * built-in experts, which learn no labels).
 */
public record ExpertSource(String name, String reference, Fingerprint fingerprint, List<String> trainingData, boolean card) {
    public ExpertSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(fingerprint, "fingerprint");
        trainingData = List.copyOf(trainingData);
    }
}
