package org.enecg.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.enecg.model.Prediction;
import org.enecg.signal.quality.RecordQuality;

/**
 * What the prediction path says about one input record: its signal quality always, and the model's prediction
 * unless the record was refused (poor quality, without {@code --allow-poor-quality}) or could not be embedded. Every
 * input record gets one, so nothing is dropped; the predictions CSV and the HTTP answers are written from these.
 *
 * @param recordId   the record
 * @param quality    its grade and reasons
 * @param prediction the model's answer, or null when none was given
 */
public record RecordAnswer(String recordId, RecordQuality quality, Prediction prediction) {
    public RecordAnswer {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(quality, "quality");
        if (prediction != null && !prediction.recordId().equals(recordId)) {
            throw new IllegalArgumentException("prediction of " + prediction.recordId() + " given for record " + recordId);
        }
    }

    public Optional<Prediction> answer() { return Optional.ofNullable(prediction); }

    /** Whether the model answered. */
    public boolean answered() { return prediction != null; }
}
