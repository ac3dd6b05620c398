package org.enecg.pipeline;

import java.util.List;
import java.util.Objects;
import org.enecg.expert.Fingerprint;

/**
 * An opened expert's identity: its name, the reference that opens it again (a registry name, or a model-card path),
 * its fingerprint, and the data sets it was trained or fitted on ({@link org.enecg.expert.Expert#trainingData()}: a model
 * card's {@code training_data}, or the databases a fitted built-in's parameter file records; empty for built-ins that
 * learn nothing from data).
 */
public record ExpertSource(String name, String reference, Fingerprint fingerprint, List<String> trainingData, boolean card) {
    public ExpertSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(fingerprint, "fingerprint");
        trainingData = List.copyOf(trainingData);
    }
}
