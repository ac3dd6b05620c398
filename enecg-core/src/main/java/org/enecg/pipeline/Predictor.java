package org.enecg.pipeline;

import java.util.List;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.GateInput;
import org.enecg.io.Record;
import org.enecg.model.EnEcgModel;
import org.enecg.model.Prediction;

/**
 * One record's prediction in memory, for {@code enecg serve}: each expert's output and the gate input computed as the
 * embedding run computes them ({@link ExpertInput#prepare} then {@link Expert#embed}), one table, then the model's
 * {@code predict}, as {@link PredictionRun} does for {@code enecg predict} through the cache. A server request has
 * nothing to reuse, and a cache on disk would cost about twenty synced file writes per request.
 */
public final class Predictor {
    private Predictor() {}

    /**
     * Predicts every task of {@code model} for one record, its expert outputs computed in memory.
     *
     * @throws IllegalArgumentException naming the expert when one cannot use the record
     */
    public static Prediction predictOne(EnEcgModel model, ExpertSet experts, GateInput gate, Record record) {
        float[][] rows = DirectEmbedding.rowsOf(record, experts.experts(), gate);
        return model.predict(DirectEmbedding.tableOf(List.of(record.id()), java.util.Collections.singletonList(rows), experts.experts())).get(0);
    }
}
